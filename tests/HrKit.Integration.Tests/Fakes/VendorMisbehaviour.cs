namespace HrKit.Integration.Tests.Fakes;

/// <summary>Ways a vendor answer goes wrong on the wire, for the hostile sync tests.</summary>
public enum VendorMisbehaviour
{
    /// <summary>No headers until the client gives up.</summary>
    NeverAnswers,

    /// <summary>Headers and the start of the body, then nothing until the client gives up.</summary>
    StallsMidBody,

    /// <summary>HTTP 200 with JSON that stops in the middle of an object.</summary>
    MalformedJson,

    /// <summary>Content-Length promises more than is sent before the connection closes.</summary>
    TruncatedBody,

    /// <summary>A chunked JSON body that never ends.</summary>
    EndlessBody,

    /// <summary>The connection is reset before any answer.</summary>
    ConnectionReset,

    /// <summary>Valid JSON with a null item and an item whose time is past the year 9999.</summary>
    UnexpectedItems,
}
