namespace FoiPortal.Core.Statute;

public enum AdjustmentKind
{
    /// <summary>A bank holiday proclaimed at short notice that the published calendar does not know yet.</summary>
    ExtraNonWorkingDay,

    /// <summary>A bank holiday in the published calendar that was cancelled or moved by proclamation.</summary>
    RemovedHoliday,
}

/// <summary>The part of the United Kingdom a bank holiday (or an adjustment to one) applies in.</summary>
public enum CalendarScope
{
    AllUk,
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

/// <summary>An admin-maintained change to the bank holiday calendar (stored elsewhere; here just data).</summary>
public sealed record CalendarAdjustment(DateOnly Date, AdjustmentKind Kind, string Reason, CalendarScope Scope);
