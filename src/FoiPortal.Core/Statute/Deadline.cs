namespace FoiPortal.Core.Statute;

/// <summary>
/// When a response is due. <paramref name="Skipped"/> lists the holidays and admin extra days (never weekends)
/// in the counted period after <paramref name="ReceivedOn"/> up to and including <paramref name="DueOn"/>.
/// </summary>
public sealed record Deadline(Regime Regime, DateOnly ReceivedOn, DateOnly DueOn, int WorkingDays, IReadOnlyList<NonWorkingDay> Skipped);
