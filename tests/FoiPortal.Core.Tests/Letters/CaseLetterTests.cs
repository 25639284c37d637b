using FoiPortal.Core.Letters;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Letters;

/// <summary>Issue 16: the one rule for whether a letter may go to the requester, and the templates per regime.</summary>
public sealed class CaseLetterTests
{
    private const string Reference = "FOI/2026/00042";

    private static readonly CaseLetterFacts Facts = new(Regime.Foia, "Jo Bloggs", Reference, "Speed cameras", new DateOnly(2026, 11, 2), "West Midlands Police")
    {
        DueOn = new DateOnly(2026, 11, 30),
        DecisionBy = new DateOnly(2026, 12, 29),
        ReviewReceivedOn = new DateOnly(2026, 12, 7),
        ReviewDueOn = new DateOnly(2027, 1, 6),
        ClosedOn = new DateOnly(2026, 11, 20),
    };

    [Theory]
    [InlineData(null, "Enter the letter to send to the requester")]
    [InlineData("  ", "Enter the letter to send to the requester")]
    [InlineData("Dear Jo, " + CaseLetterTemplates.ClarificationPlaceholder, "Replace the text in square brackets with what the requester needs to clarify")]
    [InlineData("Dear Jo, which roads do you mean?", null)]
    public void WhyNotSendable_Clarification(string? letter, string? expected)
    {
        Assert.Equal(expected, CaseLetter.WhyNotSendable(CaseLetterKind.Clarification, letter));
    }

    [Fact]
    public void WhyNotSendable_NamesEveryPlaceholderLeft_ButNotTheReference()
    {
        var letter = $"Our reference [{Reference}]. Please pay [amount] for [copies].";

        Assert.Equal("Replace the text in square brackets in the letter: [amount], [copies]", CaseLetter.WhyNotSendable(CaseLetterKind.FeesNotice, letter, Reference));
        Assert.Null(CaseLetter.WhyNotSendable(CaseLetterKind.FeesNotice, $"Our reference [{Reference}]. Please pay £12.50.", Reference));
    }

    [Fact]
    public void WhyNotSendable_TooLong_IsRefused()
    {
        Assert.Equal("The letter must be 10,000 characters or fewer", CaseLetter.WhyNotSendable(CaseLetterKind.Acknowledgement, new string('a', 10_001)));
    }

    [Theory]
    [InlineData(CaseLetterKind.Clarification, true)]
    [InlineData(CaseLetterKind.FeesNotice, true)]
    [InlineData(CaseLetterKind.PublicInterestExtension, true)]
    [InlineData(CaseLetterKind.EirExtension, true)]
    [InlineData(CaseLetterKind.Acknowledgement, false)]
    [InlineData(CaseLetterKind.ReviewAcknowledgement, false)]
    [InlineData(CaseLetterKind.WithdrawalConfirmation, false)]
    public void Template_AsGiven_IsRefusedOnlyWhereTheOfficerMustSaySomething(CaseLetterKind kind, bool refused)
    {
        var template = CaseLetterTemplates.Template(kind, Facts);

        Assert.Equal(refused, CaseLetter.WhyNotSendable(kind, template, Reference) is not null);
    }

    [Theory]
    [InlineData(CaseLetterKind.Acknowledgement, Regime.Foia, "section 10(1) of the Freedom of Information Act 2000")]
    [InlineData(CaseLetterKind.Acknowledgement, Regime.Eir, "regulation 5(2) of the Environmental Information Regulations 2004")]
    [InlineData(CaseLetterKind.Acknowledgement, Regime.Foisa, "section 10(1) of the Freedom of Information (Scotland) Act 2002")]
    [InlineData(CaseLetterKind.Clarification, Regime.Foia, "section 1(3) of the Freedom of Information Act 2000")]
    [InlineData(CaseLetterKind.Clarification, Regime.Foisa, "section 1(3) of the Freedom of Information (Scotland) Act 2002")]
    [InlineData(CaseLetterKind.Clarification, Regime.Eir, "regulation 9(2) of the Environmental Information Regulations 2004")]
    [InlineData(CaseLetterKind.FeesNotice, Regime.Foia, "within three months of the date of this notice, we will not have to answer your request (section 9(2))")]
    [InlineData(CaseLetterKind.FeesNotice, Regime.Foisa, "within three months of the date of this notice, we will not have to answer your request (section 9(4))")]
    [InlineData(CaseLetterKind.FeesNotice, Regime.Eir, "within 60 working days of this notice, we will not have to make the information available (regulation 8(5))")]
    [InlineData(CaseLetterKind.PublicInterestExtension, Regime.Foia, "Under section 17(2) we estimate that we will give you our decision by Tuesday 29 December 2026")]
    [InlineData(CaseLetterKind.EirExtension, Regime.Eir, "regulation 7(1)")]
    [InlineData(CaseLetterKind.ReviewAcknowledgement, Regime.Foia, "We will send you the outcome by Wednesday 6 January 2027")]
    [InlineData(CaseLetterKind.ReviewAcknowledgement, Regime.Eir, "Regulation 11(4)")]
    public void Template_CitesTheRegimesProvision(CaseLetterKind kind, Regime regime, string expected)
    {
        var letter = CaseLetterTemplates.Template(kind, Facts with { Regime = regime });

        Assert.Contains(expected, letter, StringComparison.Ordinal);
        Assert.Contains("Dear Jo Bloggs", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void WithdrawalConfirmation_GivesTheDayItClosed_AndThatNothingMoreWillCome()
    {
        var letter = CaseLetterTemplates.Template(CaseLetterKind.WithdrawalConfirmation, Facts with { ClosedOn = new DateOnly(2026, 12, 3) });

        Assert.Contains("You withdrew your request on Thursday 3 December 2026. We have closed it and will not send you a response.", letter, StringComparison.Ordinal);
        Assert.Equal("[FOI/2026/00042] You have withdrawn your request", CaseLetter.Subject(CaseLetterKind.WithdrawalConfirmation, "FOI/2026/00042"));
    }

    [Fact]
    public void WithdrawalConfirmation_WithNoClosingDate_IsRefused()
    {
        var letter = CaseLetterTemplates.Template(CaseLetterKind.WithdrawalConfirmation, Facts with { ClosedOn = null });

        Assert.NotNull(CaseLetter.WhyNotSendable(CaseLetterKind.WithdrawalConfirmation, letter, Reference));
    }

    [Fact]
    public void IdempotencyKey_IsOnePerKindCaseAndOccasion()
    {
        Assert.Equal("letter:Acknowledgement:42:request", CaseLetter.IdempotencyKey(CaseLetterKind.Acknowledgement, 42, CaseLetter.RequestOccasion));
        Assert.NotEqual(
            CaseLetter.IdempotencyKey(CaseLetterKind.Acknowledgement, 42, CaseLetter.RequestOccasion),
            CaseLetter.IdempotencyKey(CaseLetterKind.WithdrawalConfirmation, 42, CaseLetter.RequestOccasion));
    }

    [Fact]
    public void Acknowledgement_GivesTheReferenceTheDateReceivedAndTheDueDate()
    {
        var letter = CaseLetterTemplates.Template(CaseLetterKind.Acknowledgement, Facts);

        Assert.Contains("our reference FOI/2026/00042", letter, StringComparison.Ordinal);
        Assert.Contains("We received your request on Monday 2 November 2026", letter, StringComparison.Ordinal);
        Assert.Contains("by Monday 30 November 2026 at the latest", letter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CaseLetterKind.Acknowledgement)]
    [InlineData(CaseLetterKind.Clarification)]
    [InlineData(CaseLetterKind.FeesNotice)]
    [InlineData(CaseLetterKind.PublicInterestExtension)]
    [InlineData(CaseLetterKind.EirExtension)]
    [InlineData(CaseLetterKind.ReviewAcknowledgement)]
    public void Subject_StartsWithTheReferenceInSquareBrackets(CaseLetterKind kind)
    {
        Assert.StartsWith("[FOI/2026/00042] ", CaseLetter.Subject(kind, Reference), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SendableLetter_IsCorrespondenceOnTheCase_OncePerOccasion()
    {
        var email = CaseLetter.Compose(CaseLetterKind.FeesNotice, 7, Reference, new Requester("Jo Bloggs", "jo@example.org", null), " Please pay £12.50. ", new DateTime(2026, 11, 3, 9, 0, 0, DateTimeKind.Utc), "letter:FeesNotice:7:2");

        Assert.Equal("jo@example.org", email.ToAddress);
        Assert.Equal("[FOI/2026/00042] Fees notice: payment needed before we answer your request", email.Subject);
        Assert.Equal("Please pay £12.50.", email.TextBody);
        Assert.Equal(7, email.RequestId);
        Assert.Equal("letter:FeesNotice:7:2", email.IdempotencyKey);
    }

    [Theory]
    [InlineData("", "Please pay £12.50.", "The requester has no email address: send the letter by post")]
    [InlineData("not an address", "Please pay £12.50.", "The requester's email address is not valid: correct it on the case before sending the letter")]
    [InlineData("jo@example.org", "Please pay " + CaseLetterTemplates.AmountPlaceholder, "Replace the text in square brackets in the letter: " + CaseLetterTemplates.AmountPlaceholder)]
    public void Compose_Unsendable_IsRefusedWithTheReason(string address, string letter, string expected)
    {
        var requester = new Requester("Jo Bloggs", address, null);

        var refused = Assert.Throws<DomainException>(() => CaseLetter.Compose(CaseLetterKind.FeesNotice, 7, Reference, requester, letter, DateTime.UtcNow, "k"));

        Assert.Equal(expected, refused.Message);
    }

    [Theory]
    [InlineData(ClockEventKind.ClarificationSought, CaseLetterKind.Clarification)]
    [InlineData(ClockEventKind.FeesNoticeIssued, CaseLetterKind.FeesNotice)]
    [InlineData(ClockEventKind.PublicInterestExtension, CaseLetterKind.PublicInterestExtension)]
    [InlineData(ClockEventKind.EirExtension, CaseLetterKind.EirExtension)]
    [InlineData(ClockEventKind.FeePaid, null)]
    [InlineData(ClockEventKind.ClarificationReceived, null)]
    public void ForClockAction_NamesTheLetterTheActionSends(ClockEventKind action, CaseLetterKind? expected)
    {
        Assert.Equal(expected, CaseLetter.ForClockAction(action));
    }
}
