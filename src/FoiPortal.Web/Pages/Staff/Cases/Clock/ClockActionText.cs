using FoiPortal.Core.Statute;

namespace FoiPortal.Web.Pages.Staff.Cases.Clock;

/// <summary>The words for each clock action: its address, button, question and date label.</summary>
public static class ClockActionText
{
    public sealed record Action(ClockEventKind Kind, string Slug, string Button, string Heading, string DateQuestion, string DateLabel, string Effect);

    public static IReadOnlyList<Action> All { get; } =
    [
        new(ClockEventKind.ClarificationSought, "seek-clarification", "Seek clarification", "Seek clarification",
            "When did you ask the requester to clarify?", "Date clarification was sought",
            "The clock stops. The 20 working days start again from the day the clarification arrives (FOIA s.1(3))."),
        new(ClockEventKind.ClarificationReceived, "clarification-received", "Record clarification received", "Record clarification received",
            "When did the clarification arrive?", "Date the clarification was received",
            "The request counts as received on this day: 20 working days start again from it (FOIA s.1(3))."),
        new(ClockEventKind.FeesNoticeIssued, "fees-notice", "Issue a fees notice", "Issue a fees notice",
            "When was the fees notice given?", "Date the fees notice was given",
            "Working days from this day until the fee is received do not count (FOIA s.10(2)). Unpaid after 3 months, the request lapses (s.9(2))."),
        new(ClockEventKind.FeePaid, "fee-paid", "Record payment", "Record payment of the fee",
            "When was the fee received?", "Date the fee was received",
            "The clock starts again the next working day (FOIA s.10(2))."),
        new(ClockEventKind.PublicInterestExtension, "public-interest-extension", "Extend for the public interest", "Extend for the public interest test",
            "When did you tell the requester?", "Date of the notice",
            "The refusal notice naming the exemption is still due by the due date (FOIA s.17(2)). The decision may take such time as is reasonable (s.10(3)): the ICO expects no more than 20 further working days."),
        new(ClockEventKind.EirExtension, "eir-extension", "Extend to 40 working days (EIR)", "Extend to 40 working days",
            "When did you tell the requester?", "Date of the notice",
            "A complex and voluminous request may take 40 working days. The requester must be told within the first 20 (EIR reg 7(1) and 7(3))."),
    ];

    public static Action? FromSlug(string? slug) => All.FirstOrDefault(a => a.Slug == slug);

    /// <summary>The words under the request's regime: the EIR charge (reg 8), FOISA's fees notice, and the EIR limit on particulars.</summary>
    public static Action ForRegime(Action action, Regime regime)
    {
        ArgumentNullException.ThrowIfNull(action);
        return (action.Kind, regime) switch
        {
            (ClockEventKind.ClarificationSought, Regime.Eir) => action with
            {
                Heading = "Ask for particulars",
                Button = "Ask for particulars",
                DateQuestion = "When did you ask the requester for particulars?",
                DateLabel = "Date particulars were asked for",
                Effect = "The clock stops. The 20 working days start again from the day the particulars arrive (EIR reg 9(4)). "
                    + "Particulars must be asked for within 20 working days of receipt (EIR reg 9(2)): after that, deal with the request as it stands.",
            },
            (ClockEventKind.ClarificationReceived, Regime.Eir) => action with
            {
                Heading = "Record particulars received",
                Button = "Record particulars received",
                DateQuestion = "When did the particulars arrive?",
                DateLabel = "Date the particulars were received",
                Effect = "The request counts as received on this day: 20 working days start again from it (EIR reg 9(4)).",
            },
            (ClockEventKind.FeesNoticeIssued, Regime.Eir) => action with
            {
                Button = "Give an advance payment notice",
                Heading = "Give an advance payment notice",
                DateQuestion = "When was the requester notified of the charge?",
                DateLabel = "Date of the notification",
                Effect = "The charge must be paid in advance (EIR reg 8(4)). The working days from the notification until the payment is received do not count "
                    + "(EIR reg 8(6)). Unpaid after 60 working days from the notification, the request lapses (EIR reg 8(5)).",
            },
            (ClockEventKind.FeePaid, Regime.Eir) => action with
            {
                Button = "Record advance payment",
                Heading = "Record the advance payment",
                DateQuestion = "When was the payment received?",
                DateLabel = "Date the payment was received",
                Effect = "The clock starts again the next working day (EIR reg 8(6)).",
            },
            (ClockEventKind.ClarificationSought, Regime.Foisa) => action with
            {
                Effect = "The clock stops. The 20 working days start again from the day the clarification arrives (FOISA s.1(3)).",
            },
            (ClockEventKind.ClarificationReceived, Regime.Foisa) => action with
            {
                Effect = "The request counts as received on this day: 20 working days start again from it (FOISA s.1(3) and s.10(1)(b)).",
            },
            (ClockEventKind.FeesNoticeIssued, Regime.Foisa) => action with
            {
                Effect = "Working days from this day until the fee is received do not count (FOISA s.10(2)). Unpaid after 3 months, the request lapses (FOISA s.9(4)).",
            },
            (ClockEventKind.FeePaid, Regime.Foisa) => action with
            {
                Effect = "The clock starts again the next working day (FOISA s.10(2)).",
            },
            _ => action,
        };
    }

    public static Action For(ClockEventKind kind) => All.Single(a => a.Kind == kind);
}
