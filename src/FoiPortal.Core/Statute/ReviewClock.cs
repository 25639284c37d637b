namespace FoiPortal.Core.Statute;

/// <summary>
/// When an internal review must be answered. Counted like the first response (day 1 is the first working day after
/// the review request was received; the Scottish calendar for FOISA, s.73):
/// <list type="bullet">
/// <item>FOIA: the section 45 Code of Practice (2018) para 5.4 sets a target of 20 working days; para 5.5 allows a
/// longer time for complex cases, once and with a reason, to no more than 40 working days in all;</item>
/// <item>EIR reg 11(4): 40 working days, no extension;</item>
/// <item>FOISA s.21(1): 20 working days, no extension.</item>
/// </list>
/// </summary>
public static class ReviewClock
{
    /// <summary>Section 45 Code para 5.4, FOISA s.21(1).</summary>
    public const int TargetWorkingDays = 20;

    /// <summary>Section 45 Code para 5.5 (the most an extension can reach) and EIR reg 11(4) (the time limit itself).</summary>
    public const int MaxWorkingDays = 40;

    /// <summary>The working days a review has before any extension.</summary>
    public static int WorkingDays(Regime regime) => regime switch
    {
        Regime.Foia => TargetWorkingDays,
        Regime.Eir => MaxWorkingDays,
        Regime.Foisa => TargetWorkingDays,
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, "Unknown regime."),
    };

    /// <summary>The working days a review can have at most, with any extension the law allows.</summary>
    public static int LatestWorkingDays(Regime regime) => regime == Regime.Foia ? MaxWorkingDays : WorkingDays(regime);

    /// <summary>
    /// The review's deadline for a request received on <paramref name="receivedOn"/>, after an extension of
    /// <paramref name="extraWorkingDays"/> (0 for none; only FOIA may be extended).
    /// </summary>
    public static ReviewDeadline Due(Regime regime, DateOnly receivedOn, WorkingDayCalendar calendar, int extraWorkingDays = 0)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        EnsureCalendarFits(regime, calendar);
        if (extraWorkingDays != 0 && WhyNotExtendable(regime, alreadyExtended: false, extraWorkingDays) is { } why)
        {
            throw new ArgumentOutOfRangeException(nameof(extraWorkingDays), extraWorkingDays, why);
        }

        var workingDays = WorkingDays(regime) + extraWorkingDays;
        return new ReviewDeadline(
            regime,
            receivedOn,
            calendar.AddWorkingDays(receivedOn, workingDays),
            calendar.AddWorkingDays(receivedOn, LatestWorkingDays(regime)),
            workingDays);
    }

    /// <summary>Why the review cannot be extended by <paramref name="extraWorkingDays"/>, as a GOV.UK sentence; null when it can.</summary>
    public static string? WhyNotExtendable(Regime regime, bool alreadyExtended, int extraWorkingDays)
    {
        if (regime == Regime.Eir)
        {
            return "An EIR internal review cannot be extended: the 40 working days are the limit (EIR regulation 11(4)).";
        }

        if (regime == Regime.Foisa)
        {
            return "A FOISA review cannot be extended: the authority must respond within 20 working days (FOISA section 21(1)).";
        }

        if (alreadyExtended)
        {
            return "This review has already been extended; it can be extended only once (section 45 Code of Practice, paragraph 5.5).";
        }

        var most = MaxWorkingDays - TargetWorkingDays;
        return extraWorkingDays is < 1 || extraWorkingDays > most
            ? $"Enter an extension of between 1 and {most} working days: a review may take no more than {MaxWorkingDays} working days in all (section 45 Code of Practice, paragraph 5.5)."
            : null;
    }

    private static void EnsureCalendarFits(Regime regime, WorkingDayCalendar calendar)
    {
        var expected = regime == Regime.Foisa ? CalendarScope.Scotland : CalendarScope.AllUk;
        if (calendar.Scope != expected)
        {
            throw new ArgumentException(
                regime == Regime.Foisa
                    ? "FOISA s.73 counts Scottish bank holidays only: use WorkingDayCalendar.Scotland()."
                    : "FOIA s.10(6) counts bank holidays in any part of the UK: use WorkingDayCalendar.UnitedKingdom().",
                nameof(calendar));
        }
    }
}

/// <summary>An internal review's dates.</summary>
/// <param name="Regime">The law the request was handled under.</param>
/// <param name="ReceivedOn">The day the review request was received (UK local date).</param>
/// <param name="DueOn">The day the review must be answered by, after any extension.</param>
/// <param name="LatestOn">The furthest a permitted extension can take it: equal to <paramref name="DueOn"/> where none is allowed.</param>
/// <param name="WorkingDays">The working days counted to <paramref name="DueOn"/>.</param>
public sealed record ReviewDeadline(Regime Regime, DateOnly ReceivedOn, DateOnly DueOn, DateOnly LatestOn, int WorkingDays);
