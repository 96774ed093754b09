namespace HrKit.Integration.Model;

/// <summary>The vendor's verdict on a check-in. Lateness in payroll is recomputed from times and the work calendar.</summary>
public enum CheckInOutcome
{
    /// <summary>On time, or no verdict.</summary>
    Normal = 0,

    /// <summary>Checked in after the scheduled start.</summary>
    Late = 1,

    /// <summary>Checked out before the scheduled end.</summary>
    Early = 2,

    /// <summary>
    /// A placeholder for a check-in that never happened (DingTalk NotSigned, WeCom 未打卡). It proves nothing about
    /// presence, so pipelines ignore its time.
    /// </summary>
    NotSigned = 3,

    /// <summary>Another anomaly the vendor flagged (place, device, Wi-Fi); the time is still real.</summary>
    Anomaly = 4,
}
