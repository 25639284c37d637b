namespace FoiPortal.Core.Statute;

/// <summary>A day that does not count towards a statutory deadline, with the reason shown to staff and requesters.</summary>
public sealed record NonWorkingDay(DateOnly Date, string Reason);
