namespace FoiPortal.Core.Costs;

/// <summary>Which appropriate limit applies to the authority under FOIA (SI 2004/3244 reg 3). Configuration, not per request.</summary>
public enum AuthorityType
{
    /// <summary>reg 3(2): an authority listed in Part I of Schedule 1 to FOIA (government departments, Parliament, the armed forces): £600.</summary>
    CentralGovernment,

    /// <summary>reg 3(3): every other public authority (police, councils, NHS, schools...): £450.</summary>
    Other,
}
