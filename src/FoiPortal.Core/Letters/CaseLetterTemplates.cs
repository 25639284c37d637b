using System.Globalization;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Letters;

/// <summary>What a letter's template needs to know about the case. Dates not known for a letter are null.</summary>
public sealed record CaseLetterFacts(Regime Regime, string RequesterName, string Reference, string Title, DateOnly ReceivedOn, string AuthorityName)
{
    /// <summary>The statutory due date (the acknowledgement) or the extended one (the EIR extension).</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>FOIA s.17(2): the estimated date of the public interest decision.</summary>
    public DateOnly? DecisionBy { get; init; }

    /// <summary>The day the request for review was received and the day its outcome is due.</summary>
    public DateOnly? ReviewReceivedOn { get; init; }

    public DateOnly? ReviewDueOn { get; init; }

    /// <summary>The day the case closed (the withdrawal confirmation).</summary>
    public DateOnly? ClosedOn { get; init; }
}

/// <summary>
/// The template of each letter, per regime, for the officer to edit. Whatever the officer must supply is in square
/// brackets, and <see cref="CaseLetter"/> refuses the letter while any remains.
/// </summary>
public static class CaseLetterTemplates
{
    public const string ClarificationPlaceholder = "[Say what the requester needs to clarify.]";
    public const string AmountPlaceholder = "[the amount, for example £12.50]";
    public const string FeeBreakdownPlaceholder = "[what the fee is for, for example 250 pages of photocopying and postage]";
    public const string ExemptionPlaceholder = "[the exemption, for example section 31(1)(a) (law enforcement)]";
    public const string ComplexityPlaceholder = "[Say why the request is complex and voluminous.]";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Template(CaseLetterKind kind, CaseLetterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var body = kind switch
        {
            CaseLetterKind.Acknowledgement => Acknowledgement(facts),
            CaseLetterKind.Clarification => Clarification(facts),
            CaseLetterKind.FeesNotice => FeesNotice(facts),
            CaseLetterKind.PublicInterestExtension => PublicInterestExtension(facts),
            CaseLetterKind.EirExtension => EirExtension(facts),
            CaseLetterKind.ReviewAcknowledgement => ReviewAcknowledgement(facts),
            CaseLetterKind.WithdrawalConfirmation => WithdrawalConfirmation(facts),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return $"""
            Dear {facts.RequesterName},

            Your request "{facts.Title}" (our reference {facts.Reference})

            {body}

            Please reply to this email, keeping {facts.Reference} in the subject.

            {facts.AuthorityName}
            Freedom of Information team
            """;
    }

    private static string Date(DateOnly? date) => date is { } d ? FormatDate(d) : "[date]";

    /// <summary>"Tuesday 15 December 2026": a date as every letter writes it.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", EnGb);

    private static string Act(Regime regime) => regime switch
    {
        Regime.Eir => "the Environmental Information Regulations 2004",
        Regime.Foisa => "the Freedom of Information (Scotland) Act 2002",
        _ => "the Freedom of Information Act 2000",
    };

    private static string Acknowledgement(CaseLetterFacts f)
    {
        // FOIA s.10(1), FOISA s.10(1), EIR reg 5(2): promptly and within 20 working days of receipt.
        var provision = f.Regime switch
        {
            Regime.Eir => "regulation 5(2)",
            Regime.Foisa => "section 10(1)",
            _ => "section 10(1)",
        };
        return $"""
            We received your request on {Date(f.ReceivedOn)}. We will respond promptly and by {Date(f.DueOn)} at the latest: {provision} of {Act(f.Regime)} gives us 20 working days from the day we received it.

            If we need more information to find what you are asking for, or need to ask for a fee, we will tell you; the date may then change.
            """;
    }

    private static string Clarification(CaseLetterFacts f)
    {
        // The provision that stops the clock until the answer arrives, per regime.
        var law = f.Regime switch
        {
            Regime.Eir => "Under regulation 9(2) of the Environmental Information Regulations 2004 we may ask for more particulars; the 20 working days start again from the day we receive them (regulation 9(4)).",
            Regime.Foisa => "Under section 1(3) of the Freedom of Information (Scotland) Act 2002 we do not have to deal with your request until we have the further information we need; the 20 working days start again from the day we receive your reply.",
            _ => "Under section 1(3) of the Freedom of Information Act 2000 we do not have to deal with your request until we have the further information we reasonably need; the 20 working days start again from the day we receive your reply.",
        };
        return $"""
            We need more information to find what you are asking for. {ClarificationPlaceholder}

            {law}

            If we do not hear from you within three months, we will close your request.
            """;
    }

    private static string FeesNotice(CaseLetterFacts f)
    {
        // FOIA s.9(1)-(2), s.10(2) and the Fees Regulations 2004 reg 6; EIR reg 8(3)-(6); FOISA s.9(1), 9(3)-(4), s.10(2).
        var law = f.Regime switch
        {
            Regime.Eir => "Under regulation 8 of the Environmental Information Regulations 2004 we may charge a reasonable amount for making the information available (regulation 8(3)), and we ask for it in advance (regulation 8(4)). The working days from the date of this notice until we receive your payment do not count towards the 20 working days (regulation 8(6)). If we have not received it within 60 working days of this notice, we will not have to make the information available (regulation 8(5)).",
            Regime.Foisa => "This is a fees notice under section 9(1) of the Freedom of Information (Scotland) Act 2002. We do not have to give you the information until the fee is paid (section 9(3)), and the working days from the date of this notice until we receive your payment do not count towards the 20 working days (section 10(2)). If it is not paid within three months of the date of this notice, we will not have to answer your request (section 9(4)).",
            _ => "This is a fees notice under section 9(1) of the Freedom of Information Act 2000 and the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. We do not have to answer your request until the fee is paid, and the working days from the date of this notice until we receive your payment do not count towards the 20 working days (section 10(2)). If it is not paid within three months of the date of this notice, we will not have to answer your request (section 9(2)).",
        };
        return $"""
            To answer your request we need you to pay {AmountPlaceholder}. This covers {FeeBreakdownPlaceholder}.

            {law}

            To pay, reply to this email and we will tell you how.
            """;
    }

    private static string PublicInterestExtension(CaseLetterFacts f) =>
        // FOIA s.17(1)-(2): within the 20 working days, state the exemption and estimate the date of the decision; s.10(3): reasonable time.
        $"""
        We hold information that falls within your request, and we consider that some of it may be exempt under {ExemptionPlaceholder} of the Freedom of Information Act 2000.

        That exemption is qualified: we must decide whether the public interest in keeping the information back outweighs the public interest in giving it to you. Section 10(3) of the Act allows us a reasonable time beyond the 20 working days to decide. Under section 17(2) we estimate that we will give you our decision by {Date(f.DecisionBy)}.

        If we cannot meet that date, we will tell you why.
        """;

    private static string EirExtension(CaseLetterFacts f) =>
        // EIR reg 7(1): 40 working days when complex and voluminous; reg 7(3): the requester told within the first 20.
        $"""
        Your request is complex and voluminous: {ComplexityPlaceholder}

        Under regulation 7(1) of the Environmental Information Regulations 2004 we are therefore extending the time to respond to 40 working days from the day we received your request. We will respond by {Date(f.DueOn)}.
        """;

    private static string ReviewAcknowledgement(CaseLetterFacts f)
    {
        // s.45 Code of Practice (2018) para 5: acknowledge, and review within 20 working days (at most 40 in complex cases);
        // EIR reg 11(4): 40 working days; FOISA s.21(1): 20 working days.
        var law = f.Regime switch
        {
            Regime.Eir => "Regulation 11(4) of the Environmental Information Regulations 2004 gives us 40 working days for the review.",
            Regime.Foisa => "Section 21(1) of the Freedom of Information (Scotland) Act 2002 gives us 20 working days for the review.",
            _ => "The Code of Practice under section 45 of the Freedom of Information Act 2000 (paragraph 5) asks us to complete the review within 20 working days.",
        };
        return $"""
            We received your request for an internal review of our response on {Date(f.ReviewReceivedOn)}. Someone who took no part in the original decision will review it. We will send you the outcome by {Date(f.ReviewDueOn)}. {law}

            If you are still not satisfied after the review, you may complain to the {(f.Regime == Regime.Foisa ? "Scottish Information Commissioner" : "Information Commissioner")}.
            """;
    }

    private static string WithdrawalConfirmation(CaseLetterFacts f) =>
        // A withdrawn request needs no response under FOIA s.1 (EIR reg 5, FOISA s.1); the requester may ask again at any time.
        $"""
        You withdrew your request on {Date(f.ClosedOn)}. We have closed it and will not send you a response.

        If you still want the information, you can make a new request at any time. If you did not withdraw this request, reply to this email straight away.
        """;
}
