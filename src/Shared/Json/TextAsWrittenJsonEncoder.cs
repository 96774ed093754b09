using System.Text;
using System.Text.Encodings.Web;

namespace HrKit.Json;

/// <summary>
/// Writes JSON text as it is, in UTF-8: 张伟 not \u5F20\u4F1F, 𠮷 (outside the BMP) not \uD842\uDFB7, + not \u002B.
/// Only what JSON itself requires is escaped: the quote, the backslash, control characters and broken UTF-16.
/// The trade-off (docs/localisation.md#json): &lt; &gt; &amp; ' are written as they are, so the output must not be
/// pasted into an HTML &lt;script&gt; block unescaped. Linked into each package that writes JSON for people.
/// </summary>
internal sealed class TextAsWrittenJsonEncoder : JavaScriptEncoder
{
    public static readonly TextAsWrittenJsonEncoder Instance = new();

    // Produces the escapes themselves (\", \\, \n, \u0001) for the few characters that need one.
    private static readonly JavaScriptEncoder Escapes = UnsafeRelaxedJsonEscaping;

    private TextAsWrittenJsonEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => Escapes.MaxOutputCharactersPerInputCharacter;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is < 0x20 or '"' or '\\' or (>= 0xD800 and <= 0xDFFF);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (c is < (char)0x20 or '"' or '\\')
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var i = 0;
        while (i < utf8Text.Length)
        {
            var b = utf8Text[i];
            if (b < 0x80)
            {
                if (b is < 0x20 or (byte)'"' or (byte)'\\')
                {
                    return i;
                }

                i++;
                continue;
            }

            if (Rune.DecodeFromUtf8(utf8Text[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        Escapes.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
}
