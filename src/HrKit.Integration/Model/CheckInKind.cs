namespace HrKit.Integration.Model;

/// <summary>What a check-in was for.</summary>
public enum CheckInKind
{
    /// <summary>Start of work (WeCom 上班打卡, DingTalk OnDuty).</summary>
    OnDuty = 0,

    /// <summary>End of work (WeCom 下班打卡, DingTalk OffDuty).</summary>
    OffDuty = 1,

    /// <summary>A field check-in away from the office (WeCom 外出打卡); counts as presence, not as start or end.</summary>
    Outside = 2,
}
