using System.Globalization;

namespace FoiPortal.Core.Statute;

/// <summary>The time for compliance under FOIA s.10, the EIR (reg 5, 7) and FOISA s.10, worked out from a request's events.</summary>
public static class StatutoryClock
{
    /// <summary>FOIA s.10(1), EIR reg 5(2), FOISA s.10(1): no later than the 20th working day following the date of receipt.</summary>
    public const int StandardWorkingDays = 20;

    /// <summary>EIR reg 7(1): complex and voluminous requests may be extended to 40 working days.</summary>
    public const int EirExtendedWorkingDays = 40;

    /// <summary>Section 45 Code of Practice (2018) para 5.4: internal reviews are normally answered within 20 working days.</summary>
    public const int InternalReviewWorkingDays = 20;

    /// <summary>Section 45 Code para 5.5 and EIR reg 11(4): never more than 40 working days.</summary>
    public const int InternalReviewMaxWorkingDays = 40;

    /// <summary>FOIA s.9(2), FOISA s.9(4): a fee unpaid for three months beginning with the day of the notice ends the duty.</summary>
    public const int FeesLapseMonths = 3;

    /// <summary>EIR reg 8(5): an advance payment must be made no later than 60 working days after the notification.</summary>
    public const int EirFeesLapseWorkingDays = 60;

    /// <summary>
    /// Due on the 20th working day following the date of receipt. Day 1 is the first working day after receipt,
    /// whatever day receipt falls on: a request received on a Saturday has the Monday as day 1 (ICO time limits guidance).
    /// </summary>
    public static Deadline DueDate(DateOnly receivedOn, Regime regime, WorkingDayCalendar calendar)
    {
        EnsureCalendarFits(regime, calendar);
        var dueOn = calendar.AddWorkingDays(receivedOn, StandardWorkingDays);
        return new Deadline(regime, receivedOn, dueOn, StandardWorkingDays, calendar.HolidaysBetween(receivedOn, dueOn));
    }

    public static ClockReading Read(Regime regime, IEnumerable<ClockEvent> events, WorkingDayCalendar calendar, DateOnly today) =>
        Read(regime, events, calendar, today, ClockOptions.Default);

    /// <summary>
    /// Replays the events in date order (events on the same day keep the order given) and reads the clock on
    /// <paramref name="today"/>. Throws <see cref="InvalidClockEventException"/> for a sequence that cannot happen.
    /// </summary>
    public static ClockReading Read(
        Regime regime,
        IEnumerable<ClockEvent> events,
        WorkingDayCalendar calendar,
        DateOnly today,
        ClockOptions options)
    {
        EnsureCalendarFits(regime, calendar);
        if (options.ClarificationLapseMonths <= 0 || options.PublicInterestExtraWorkingDays <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options, "Clock options must be positive.");
        }

        var clock = new Clock(regime, calendar, options);
        foreach (var clockEvent in events.OrderBy(e => e.On))
        {
            if (clockEvent.On > today)
            {
                throw new InvalidClockEventException(clockEvent, $"{clockEvent.Kind} on {Format(clockEvent.On)} is after the day the clock is read ({Format(today)}).");
            }

            clock.Apply(clockEvent);
        }

        return clock.ReadOn(today);
    }

    private static void EnsureCalendarFits(Regime regime, WorkingDayCalendar calendar)
    {
        var expected = regime switch
        {
            Regime.Foia or Regime.Eir => CalendarScope.AllUk,
            Regime.Foisa => CalendarScope.Scotland,
            _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, "Unknown regime."),
        };
        if (calendar.Scope != expected)
        {
            throw new ArgumentException(
                regime == Regime.Foisa
                    ? "FOISA s.73 counts Scottish bank holidays only: use WorkingDayCalendar.Scotland()."
                    : "FOIA s.10(6) counts bank holidays in any part of the UK: use WorkingDayCalendar.UnitedKingdom().",
                nameof(calendar));
        }
    }

    private static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A span of working days disregarded in the count; open-ended while the fee is unpaid.</summary>
    private readonly record struct DisregardedPeriod(DateOnly From, DateOnly? To)
    {
        public bool Contains(DateOnly day) => day >= From && (To is null || day <= To);
    }

    private sealed class Clock(Regime regime, WorkingDayCalendar calendar, ClockOptions options)
    {
        private readonly List<DisregardedPeriod> _feePeriods = [];
        private DateOnly? _receivedOn;
        private DateOnly? _missedDueOn;
        private DateOnly? _clarificationSoughtOn;
        private DateOnly? _feesNoticeOn;
        private int _eirExtraWorkingDays;
        private DateOnly? _publicInterestNoticeOn;
        private int _publicInterestExtraWorkingDays;
        private DateOnly? _respondedOn;
        private DateOnly? _reviewRequestedOn;
        private int _reviewExtraWorkingDays;

        public void Apply(ClockEvent e)
        {
            if (!Enum.IsDefined(e.Kind))
            {
                throw new InvalidClockEventException(e, $"Unknown clock event kind ({e.Kind}).");
            }

            if (e.ExtraWorkingDays is not null
                && e.Kind is not (ClockEventKind.PublicInterestExtension or ClockEventKind.EirExtension or ClockEventKind.InternalReviewExtended))
            {
                throw new InvalidClockEventException(e, $"{e.Kind} does not take extra working days; only extensions do.");
            }

            if (e.Kind != ClockEventKind.Received && _receivedOn is null)
            {
                throw new InvalidClockEventException(e, $"{e.Kind} on {Format(e.On)} comes before the request was received; the first event must be Received.");
            }

            switch (e.Kind)
            {
                case ClockEventKind.Received:
                    Receive(e);
                    break;
                case ClockEventKind.ClarificationSought:
                    EnsureRunning(e);
                    SeekClarification(e);
                    break;
                case ClockEventKind.ClarificationReceived:
                    ReceiveClarification(e);
                    break;
                case ClockEventKind.FeesNoticeIssued:
                    EnsureRunning(e);
                    _feesNoticeOn = e.On;
                    break;
                case ClockEventKind.FeePaid:
                    PayFee(e);
                    break;
                case ClockEventKind.PublicInterestExtension:
                    ExtendForPublicInterest(e);
                    break;
                case ClockEventKind.EirExtension:
                    ExtendEir(e);
                    break;
                case ClockEventKind.ResponseSent:
                    Respond(e);
                    break;
                case ClockEventKind.InternalReviewRequested:
                    if (_reviewRequestedOn is { } requested)
                    {
                        throw new InvalidClockEventException(e, $"An internal review was already requested on {Format(requested)}.");
                    }

                    _reviewRequestedOn = e.On;
                    break;
                case ClockEventKind.InternalReviewExtended:
                    ExtendReview(e);
                    break;
                default:
                    throw new InvalidClockEventException(e, $"Unknown clock event kind ({e.Kind}).");
            }
        }

        public ClockReading ReadOn(DateOnly today)
        {
            if (_receivedOn is not { } receivedOn)
            {
                throw new InvalidClockEventException("A request's events must include when it was received.");
            }

            var responded = _respondedOn is not null;
            var clockEnd = _respondedOn ?? today;
            var awaitingClarification = _clarificationSoughtOn is not null;
            var awaitingFee = _feesNoticeOn is not null;
            var stopped = !responded && (awaitingClarification || awaitingFee);

            var periods = DisregardedPeriods();

            // FOIA s.1(3): while clarification is awaited the request is not yet received, so there is no due date.
            // An unpaid fee leaves the due date unknown only if the count reaches the notice before day 20.
            var dueOn = awaitingClarification
                ? null
                : CountForward(receivedOn, StandardWorkingDays + _eirExtraWorkingDays, periods);

            var elapsedUntil = awaitingClarification ? _clarificationSoughtOn!.Value.AddDays(-1) : clockEnd;
            var elapsed = CountCounted(receivedOn, elapsedUntil, periods);

            // FOIA s.10(3) and s.17(2): a refusal notice given by the due date, saying the public interest is still
            // being considered, meets the time limit; the decision then works to its own (non-statutory) target.
            DateOnly? publicInterestTarget = _publicInterestNoticeOn is not null && dueOn is { } due
                ? calendar.AddWorkingDays(due, _publicInterestExtraWorkingDays)
                : null;
            var publicInterestNoticeInTime = publicInterestTarget is not null && _publicInterestNoticeOn <= dueOn;
            var workingTo = publicInterestNoticeInTime ? publicInterestTarget : dueOn;

            DateOnly? lapsesOn = !stopped ? null
                : awaitingClarification ? _clarificationSoughtOn!.Value.AddMonths(options.ClarificationLapseMonths)
                : FeesLapseOn(_feesNoticeOn!.Value);

            var reading = new ClockReading(
                DueOn: dueOn,
                Stopped: stopped,
                StoppedBecause: stopped ? StoppedBecause() : null,
                PublicInterestTargetOn: publicInterestTarget,
                WorkingDaysElapsed: elapsed,
                WorkingDaysRemaining: workingTo is { } target && !stopped ? calendar.WorkingDaysBetween(clockEnd, target) : null,
                Overdue: dueOn is not null && !publicInterestNoticeInTime && clockEnd > dueOn,
                LapsesOn: lapsesOn,
                Skipped: calendar.HolidaysBetween(receivedOn, dueOn ?? clockEnd),
                InternalReviewDueOn: _reviewRequestedOn is { } reviewRequested
                    ? ReviewClock.Due(regime, reviewRequested, calendar, _reviewExtraWorkingDays).DueOn
                    : null);
            return reading with
            {
                ReceivedOn = receivedOn,
                RespondedOn = _respondedOn,
                Lapsed = lapsesOn <= today,
                PublicInterestTargetPassed = publicInterestNoticeInTime && clockEnd > publicInterestTarget,
                WorkingToOn = workingTo,
                MissedDueOn = _missedDueOn,
            };
        }

        private void Receive(ClockEvent e)
        {
            if (_receivedOn is { } earlier)
            {
                throw new InvalidClockEventException(e, $"The request was already received on {Format(earlier)}. A refined request (for example after a cost refusal) is a new request with its own clock.");
            }

            _receivedOn = e.On;
        }

        private void SeekClarification(ClockEvent e)
        {
            var periods = DisregardedPeriods();
            if (regime == Regime.Eir && CountForward(_receivedOn!.Value, StandardWorkingDays, periods) is { } particularsBy && e.On > particularsBy)
            {
                // EIR reg 9(2): particulars must be asked for "as soon as possible and in any event no later than 20 working
                // days after the date of receipt of the request"; after that the request must be dealt with as it stands.
                throw new InvalidClockEventException(
                    e,
                    $"Particulars cannot be asked for on {Format(e.On)}: under the EIR they must be asked for within 20 working days of receipt, "
                    + $"that is by {Format(particularsBy)} (EIR reg 9(2)). Deal with the request as it stands.");
            }

            // FOIA s.1(3): clarification restarts the clock for the clarified request, but a request already past its due
            // date was late: the breach stays on record (the first due date missed).
            var dueOn = CountForward(_receivedOn!.Value, StandardWorkingDays + _eirExtraWorkingDays, periods);
            var publicInterestNoticeInTime = _publicInterestNoticeOn is not null && _publicInterestNoticeOn <= dueOn;
            if (dueOn is { } due && e.On > due && !publicInterestNoticeInTime)
            {
                _missedDueOn ??= due;
            }

            _clarificationSoughtOn = e.On;
        }

        private void ReceiveClarification(ClockEvent e)
        {
            EnsureNotResponded(e);
            if (_clarificationSoughtOn is null)
            {
                throw new InvalidClockEventException(e, $"Clarification received on {Format(e.On)}, but none was sought.");
            }

            // FOIA s.1(3), EIR reg 9(4), FOISA s.1(3) and s.10(1)(b): the clarified request counts as received on the
            // day the clarification arrives, so the 20 working days start afresh and earlier pauses and extensions go.
            _receivedOn = e.On;
            _clarificationSoughtOn = null;
            _feePeriods.Clear();
            _eirExtraWorkingDays = 0;
            _publicInterestNoticeOn = null;
            _publicInterestExtraWorkingDays = 0;
        }

        private void PayFee(ClockEvent e)
        {
            EnsureNotResponded(e);
            if (_feesNoticeOn is not { } noticeOn)
            {
                throw new InvalidClockEventException(e, $"Fee paid on {Format(e.On)}, but no fees notice is outstanding.");
            }

            var lapsesOn = FeesLapseOn(noticeOn);
            if (e.On >= lapsesOn)
            {
                throw new InvalidClockEventException(e, $"Fee paid on {Format(e.On)}, but the request lapsed on {Format(lapsesOn)} ({FeesLapseCitation()}); treat it as a new request.");
            }

            // FOIA s.10(2), FOISA s.10(2): the working days in the period beginning with the day the fees notice is
            // given and ending with the day the fee is received are disregarded: both boundary days are left out,
            // so a notice and payment on the same working day stop the clock for exactly that one day.
            _feePeriods.Add(new DisregardedPeriod(noticeOn, e.On));
            _feesNoticeOn = null;
        }

        private void ExtendForPublicInterest(ClockEvent e)
        {
            if (regime == Regime.Foisa)
            {
                throw new InvalidClockEventException(e, "FOISA has no public interest extension: the public interest test must be completed within 20 working days (FOISA s.10(1), s.16).");
            }

            if (regime == Regime.Eir)
            {
                throw new InvalidClockEventException(e, "The EIR have no public interest extension: use an EIR extension to 40 working days for complex and voluminous requests (EIR reg 7(1)).");
            }

            EnsureRunning(e);
            var extra = e.ExtraWorkingDays ?? options.PublicInterestExtraWorkingDays;
            if (extra <= 0)
            {
                throw new InvalidClockEventException(e, "A public interest extension needs a positive number of extra working days.");
            }

            // A revised estimate replaces the target; the first notice is the s.17(2) refusal notice that had to be in time.
            _publicInterestNoticeOn ??= e.On;
            _publicInterestExtraWorkingDays = extra;
        }

        private void ExtendEir(ClockEvent e)
        {
            if (regime != Regime.Eir)
            {
                throw new InvalidClockEventException(e, $"Only EIR requests can be extended under EIR reg 7; this is a {regime} request.");
            }

            EnsureRunning(e);
            if (_eirExtraWorkingDays > 0)
            {
                throw new InvalidClockEventException(e, "The EIR time limit has already been extended; 40 working days is the maximum (EIR reg 7(1)).");
            }

            var extra = e.ExtraWorkingDays ?? EirExtendedWorkingDays - StandardWorkingDays;
            if (extra <= 0 || StandardWorkingDays + extra > EirExtendedWorkingDays)
            {
                throw new InvalidClockEventException(e, $"An EIR extension takes the time limit to at most {EirExtendedWorkingDays} working days (EIR reg 7(1)): give 1 to {EirExtendedWorkingDays - StandardWorkingDays} extra working days.");
            }

            // EIR reg 7(3): the requester must be told of the extension within the original 20 working days;
            // a late notice cannot extend a time limit that has already run out.
            var dueOn = CountForward(_receivedOn!.Value, StandardWorkingDays, DisregardedPeriods());
            if (e.On > dueOn)
            {
                throw new InvalidClockEventException(e, $"The EIR extension on {Format(e.On)} is too late: notice had to be given by {Format(dueOn!.Value)} (EIR reg 7(3)).");
            }

            _eirExtraWorkingDays = extra;
        }

        private void Respond(ClockEvent e)
        {
            EnsureNotResponded(e);

            // A response while a fee is unpaid means the fee was waived or withdrawn: the pause ends with the response.
            if (_feesNoticeOn is { } noticeOn)
            {
                _feePeriods.Add(new DisregardedPeriod(noticeOn, e.On));
                _feesNoticeOn = null;
            }

            _respondedOn = e.On;
        }

        private void ExtendReview(ClockEvent e)
        {
            if (_reviewRequestedOn is null)
            {
                throw new InvalidClockEventException(e, "An internal review cannot be extended before it has been requested.");
            }

            // One rule for review extensions (ReviewClock): FOIA only, once, to 40 working days at most.
            var extra = e.ExtraWorkingDays ?? InternalReviewMaxWorkingDays - InternalReviewWorkingDays;
            if (ReviewClock.WhyNotExtendable(regime, _reviewExtraWorkingDays > 0, extra) is { } why)
            {
                throw new InvalidClockEventException(e, why);
            }

            _reviewExtraWorkingDays = extra;
        }

        private void EnsureNotResponded(ClockEvent e)
        {
            if (_respondedOn is { } respondedOn)
            {
                throw new InvalidClockEventException(e, $"{e.Kind} on {Format(e.On)} comes after the response was sent on {Format(respondedOn)}.");
            }
        }

        private void EnsureRunning(ClockEvent e)
        {
            EnsureNotResponded(e);
            if (_clarificationSoughtOn is { } soughtOn)
            {
                throw new InvalidClockEventException(e, $"{e.Kind} on {Format(e.On)} while the clock is stopped awaiting clarification sought on {Format(soughtOn)}.");
            }

            if (_feesNoticeOn is { } noticeOn)
            {
                throw new InvalidClockEventException(e, $"{e.Kind} on {Format(e.On)} while the clock is stopped awaiting the fee from the notice of {Format(noticeOn)}.");
            }
        }

        private List<DisregardedPeriod> DisregardedPeriods()
        {
            var periods = new List<DisregardedPeriod>(_feePeriods);
            if (_feesNoticeOn is { } noticeOn)
            {
                periods.Add(new DisregardedPeriod(noticeOn, To: null));
            }

            return periods;
        }

        // The n-th counted working day after receipt, or null if an unpaid fee stops the count first.
        private DateOnly? CountForward(DateOnly receivedOn, int workingDays, List<DisregardedPeriod> periods)
        {
            var day = receivedOn;
            var counted = 0;
            while (counted < workingDays)
            {
                day = day.AddDays(1);
                if (periods.Any(p => p.To is null && day >= p.From))
                {
                    return null;
                }

                if (calendar.IsWorkingDay(day) && !periods.Any(p => p.Contains(day)))
                {
                    counted++;
                }
            }

            return day;
        }

        private int CountCounted(DateOnly fromExclusive, DateOnly toInclusive, List<DisregardedPeriod> periods)
        {
            var counted = 0;
            for (var day = fromExclusive.AddDays(1); day <= toInclusive; day = day.AddDays(1))
            {
                if (calendar.IsWorkingDay(day) && !periods.Any(p => p.Contains(day)))
                {
                    counted++;
                }
            }

            return counted;
        }

        private DateOnly FeesLapseOn(DateOnly noticeOn) => regime == Regime.Eir
            // EIR reg 8(5): payable no later than the 60th working day after the notification; lapsed the day after.
            ? calendar.AddWorkingDays(noticeOn, EirFeesLapseWorkingDays).AddDays(1)
            // FOIA s.9(2), FOISA s.9(4): three months beginning with the day of the notice, so it ends the day before
            // the same date three months on, and the request has lapsed on that date (month ends clamp: 30 Nov -> 28/29 Feb).
            : noticeOn.AddMonths(FeesLapseMonths);

        private string FeesLapseCitation() => regime switch
        {
            Regime.Eir => "EIR reg 8(5)",
            Regime.Foisa => "FOISA s.9(4)",
            _ => "FOIA s.9(2)",
        };

        private string StoppedBecause()
        {
            if (_clarificationSoughtOn is { } soughtOn)
            {
                var citation = regime switch
                {
                    Regime.Eir => "EIR reg 9(4)",
                    Regime.Foisa => "FOISA s.1(3)",
                    _ => "FOIA s.1(3)",
                };
                return $"Awaiting clarification sought on {Format(soughtOn)}: the 20 working days start again when it arrives ({citation}).";
            }

            var feeCitation = regime switch
            {
                // EIR reg 8(6): the working days between the notification and the payment are disregarded (8(4) is the advance payment itself).
                Regime.Eir => "EIR reg 8(6)",
                Regime.Foisa => "FOISA s.10(2)",
                _ => "FOIA s.10(2)",
            };
            return regime == Regime.Eir
                ? $"Awaiting the advance payment of the charge notified on {Format(_feesNoticeOn!.Value)} (EIR reg 8(4)): working days until it is received do not count ({feeCitation})."
                : $"Awaiting payment of the fee notified on {Format(_feesNoticeOn!.Value)}: working days until it is received do not count ({feeCitation}).";
        }
    }
}
