using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Letters;

/// <summary>The letters a case sends the requester (issue 16), each from a template per regime (<see cref="CaseLetterTemplates"/>).</summary>
public enum CaseLetterKind
{
    /// <summary>Reference, date received and statutory due date (FOIA s.10(1)), for a request logged from email or post.</summary>
    Acknowledgement,

    /// <summary>FOIA s.1(3), FOISA s.1(3), EIR reg 9(2).</summary>
    Clarification,

    /// <summary>FOIA s.9 and the Fees Regulations 2004, EIR reg 8, FOISA s.9.</summary>
    FeesNotice,

    /// <summary>FOIA s.17(2) and s.10(3).</summary>
    PublicInterestExtension,

    /// <summary>EIR reg 7(1) and 7(3).</summary>
    EirExtension,

    /// <summary>s.45 Code of Practice para 5, EIR reg 11, FOISA s.20-21.</summary>
    ReviewAcknowledgement,

    /// <summary>Sent automatically when the requester withdraws from the tracking page: the case is closed, nothing more will come.</summary>
    WithdrawalConfirmation,
}

/// <summary>
/// The one rule for "may this letter go to the requester" (issue 16), used by every letter a case sends: there is a
/// recipient with a valid address, the subject carries the case's reference in square brackets (so the reply files
/// itself), and the text the officer edited is not empty, not too long and has no placeholder left (text in square
/// brackets). A letter that passes becomes an outbox email marked as correspondence on the case; its Message-ID
/// (<see cref="MessageId"/>) lets the requester's reply thread back by In-Reply-To.
/// </summary>
public static partial class CaseLetter
{
    public const int MaxLength = 10_000;

    /// <summary>The subject: always "[reference] ...", which <see cref="Intake.ReferenceMatcher"/> finds in a reply.</summary>
    public static string Subject(CaseLetterKind kind, string reference) => $"[{reference}] " + kind switch
    {
        CaseLetterKind.Acknowledgement => "We have received your request",
        CaseLetterKind.Clarification => "We need more information about your request",
        CaseLetterKind.FeesNotice => "Fees notice: payment needed before we answer your request",
        CaseLetterKind.PublicInterestExtension => "We need more time to consider the public interest",
        CaseLetterKind.EirExtension => "We need more time to answer your request",
        CaseLetterKind.ReviewAcknowledgement => "We have received your request for an internal review",
        CaseLetterKind.WithdrawalConfirmation => "You have withdrawn your request",
        _ => "Your request",
    };

    /// <summary>
    /// What an outbox email is the one email for: a letter of <paramref name="kind"/> on the case, once per
    /// <paramref name="occasion"/> ("request", "review-7", ...). The automatic acknowledgement of a request carries the
    /// key of <see cref="CaseLetterKind.Acknowledgement"/> too, so an officer cannot acknowledge the same request twice.
    /// </summary>
    public static string IdempotencyKey(CaseLetterKind kind, int requestId, string occasion) => $"letter:{kind}:{requestId}:{occasion}";

    /// <summary>The occasion of a request's own letters (its acknowledgement, its withdrawal).</summary>
    public const string RequestOccasion = "request";

    /// <summary>The placeholders still in <paramref name="letter"/>: any text in square brackets other than a reference.</summary>
    public static IReadOnlyList<string> Placeholders(string? letter, string? reference = null) =>
        letter is null
            ? []
            : [.. PlaceholderPattern().Matches(letter).Select(m => m.Value).Where(v => reference is null || v != $"[{reference}]").Distinct(StringComparer.Ordinal)];

    /// <summary>Null when the text can be sent; otherwise why not, as a GOV.UK error message for the letter field.</summary>
    public static string? WhyNotSendable(CaseLetterKind kind, string? letter, string? reference = null)
    {
        if (string.IsNullOrWhiteSpace(letter))
        {
            return "Enter the letter to send to the requester";
        }

        if (Placeholders(letter, reference).Count > 0)
        {
            return kind == CaseLetterKind.Clarification
                ? "Replace the text in square brackets with what the requester needs to clarify"
                : "Replace the text in square brackets in the letter: " + string.Join(", ", Placeholders(letter, reference));
        }

        return letter.Length > MaxLength ? $"The letter must be {MaxLength:N0} characters or fewer" : null;
    }

    /// <summary>
    /// FOIA s.17(2): the public interest extension notice estimates the date of the decision. The date the letter gives
    /// must be the one the case now works to, or the requester is promised a date the clock does not keep. Null when it is.
    /// </summary>
    public static string? WhyNotStatesDecisionDate(string? letter, DateOnly decisionBy)
    {
        var date = CaseLetterTemplates.FormatDate(decisionBy);
        return letter is not null && letter.Contains(date, StringComparison.Ordinal)
            ? null
            : $"Give {date} in the letter as the date of our decision: it is the date the extension runs to (section 17(2))";
    }

    /// <summary>Null when <paramref name="address"/> is one email address we can send to.</summary>
    public static string? WhyNotRecipient(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return "The requester has no email address: send the letter by post";
        }

        return MailAddress.TryCreate(address.Trim(), out var parsed) && parsed.Address == address.Trim()
            ? null
            : "The requester's email address is not valid: correct it on the case before sending the letter";
    }

    /// <summary>
    /// The outbox email for a letter, after every check; throws <see cref="DomainException"/> with the reason otherwise.
    /// <paramref name="idempotencyKey"/> makes it one email per occasion (a retried transaction never queues it twice).
    /// </summary>
    public static OutboundEmail Compose(
        CaseLetterKind kind, int requestId, string reference, Requester requester, string? letter, DateTime nowUtc, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (WhyNotRecipient(requester.Email) is { } noRecipient)
        {
            throw new DomainException(noRecipient);
        }

        var subject = Subject(kind, reference);
        if (!subject.Contains($"[{reference}]", StringComparison.Ordinal))
        {
            throw new DomainException("The letter's subject must carry the case's reference");
        }

        if (WhyNotSendable(kind, letter, reference) is { } whyNot)
        {
            throw new DomainException(whyNot);
        }

        return new OutboundEmail(requester.Email.Trim(), requester.Name, subject, letter!.Trim(), nowUtc, idempotencyKey, []).AboutRequest(requestId);
    }

    /// <summary>
    /// The Message-ID an outbox email goes out with: the same on every attempt, and built from the outbox row's id so
    /// that a reply's In-Reply-To leads back to the letter and its case (<see cref="Intake.ReferenceMatcher.OutboxEmailId"/>).
    /// </summary>
    public static string MessageId(OutboundEmail email, string domain)
    {
        ArgumentNullException.ThrowIfNull(email);
        return string.Create(CultureInfo.InvariantCulture, $"outbox-{email.Id}-{email.CreatedAtUtc:yyyyMMddHHmmssfff}@{domain}");
    }

    /// <summary>The letter a clock action sends, if any.</summary>
    public static CaseLetterKind? ForClockAction(Statute.ClockEventKind kind) => kind switch
    {
        Statute.ClockEventKind.ClarificationSought => CaseLetterKind.Clarification,
        Statute.ClockEventKind.FeesNoticeIssued => CaseLetterKind.FeesNotice,
        Statute.ClockEventKind.PublicInterestExtension => CaseLetterKind.PublicInterestExtension,
        Statute.ClockEventKind.EirExtension => CaseLetterKind.EirExtension,
        _ => null,
    };

    [GeneratedRegex(@"\[[^\[\]\r\n]{1,300}\]", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
