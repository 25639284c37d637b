using System.Text;
using FoiPortal.Core.Intake;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Tests.Intake;

/// <summary>Issue 16: the email intake's rules, without mail or HTTP.</summary>
public sealed class IntakeRulesTests
{
    private static readonly DateTimeOffset Arrived = new(2026, 11, 12, 8, 5, 0, TimeSpan.Zero);

    [Fact]
    public void ImportKey_SameMessageIdAndSender_IsTheSame_WhateverTheCaseOfTheAddressOrBrackets()
    {
        Assert.Equal(IntakeKeys.For("<abc@example.org>", "Jo@Example.org", "x"u8), IntakeKeys.For("abc@example.org", "jo@example.org", "y"u8));
    }

    [Fact]
    public void ImportKey_SameMessageIdFromAnotherSender_IsDifferent()
    {
        Assert.NotEqual(IntakeKeys.For("abc@example.org", "jo@example.org", "x"u8), IntakeKeys.For("abc@example.org", "forger@example.net", "x"u8));
    }

    [Fact]
    public void ImportKey_WithoutMessageId_IsTheSha256OfTheRawBytes()
    {
        // SHA-256 of "abc" (FIPS 180-2 test vector).
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", IntakeKeys.For(null, "jo@example.org", "abc"u8));
        Assert.Equal(64, IntakeKeys.For("id@x", "a@b", "abc"u8).Length);
    }

    public static TheoryData<MessageHeaders, bool> AutomaticCases => new()
    {
        { new("jo@example.org", "Request for information", null, null, "text/plain", null, false), false },
        { new("jo@example.org", "Request", "no", null, "text/plain", null, false), false },
        { new("jo@example.org", "Out of Office: back Monday", null, null, "text/plain", null, false), true },
        { new("jo@example.org", "Automatic reply: FOI", null, null, "text/plain", null, false), true },
        { new("jo@example.org", "Holiday", "auto-replied", null, "text/plain", null, false), true },
        { new("jo@example.org", "Holiday", null, null, "text/plain", "auto_reply", false), true },
        { new("jo@example.org", "Holiday", null, null, "text/plain", null, true), true },
        { new("MAILER-DAEMON@mx.example.org", "Mail delivery failed", null, null, "text/plain", null, false), true },
        { new("postmaster@example.org", "Something", null, null, "text/plain", null, false), true },
        { new("x@example.org", "Something", null, "<>", "text/plain", null, false), true },
        { new("x@example.org", "Report", null, null, "multipart/report; report-type=delivery-status; boundary=x", null, false), true },
        { new("x@example.org", "Undeliverable: Your request", null, null, "text/plain", null, false), true },
        // "Auto" inside a word is not an auto-reply: "Autumn road closures".
        { new("x@example.org", "Autumn road closures", null, null, "text/plain", null, false), false },
    };

    [Theory]
    [MemberData(nameof(AutomaticCases))]
    public void Detect_BouncesAndAutoReplies(MessageHeaders headers, bool automatic)
    {
        var result = AutomaticMessage.Detect(headers);

        Assert.Equal(automatic, result.IsAutomatic);
        Assert.Equal(automatic, result.Why is not null);
    }

    [Theory]
    [InlineData("Re: [FOI/2026/00042] Clarification", "FOI/2026/00042")]
    [InlineData("re: foi/2026/00042", "FOI/2026/00042")]
    [InlineData("About FOI/2026/000420", "FOI/2026/000420")]
    [InlineData("Not ours: XFOI/2026/00042", "")]
    [InlineData("Not ours: FOI/26/00042", "")]
    [InlineData("Two: FOI/2026/00042 and FOI/2025/00007", "FOI/2026/00042|FOI/2025/00007")]
    public void References_AreFoundInTheDefaultFormat(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', new ReferenceMatcher(ReferenceFormat.Default).Find(text)));
    }

    [Fact]
    public void References_FollowAConfiguredFormat()
    {
        var matcher = new ReferenceMatcher("WMP-{yy}-{n:0000}");

        Assert.Equal(["WMP-26-0042"], matcher.Find("Subject", "our ref wmp-26-0042, not FOI/2026/00042"));
    }

    [Theory]
    [InlineData("<outbox-42-20261112080500123@foiportal.test>", 42L)]
    [InlineData("outbox-7-20261112080500123@foiportal.test", 7L)]
    [InlineData("<outbox-42@foiportal.test>", null)]
    [InlineData("<something@example.org>", null)]
    [InlineData(null, null)]
    public void OutboxEmailId_IsReadFromOurMessageIds(string? inReplyTo, long? expected)
    {
        Assert.Equal(expected, ReferenceMatcher.OutboxEmailId(inReplyTo));
    }

    [Fact]
    public void Suggestion_NumberedLines_BecomeQuestions_WithoutGreetingOrSignOff()
    {
        var body = "Dear FOI team,\n\nPlease provide:\n1. The number of officers in 2025.\n2. The number of PCSOs\nin 2025.\n\nYours faithfully,\nJo Bloggs\n\n> quoted earlier mail";

        var suggestion = RequestSuggestion.From("Jo Bloggs", "jo@example.org", "Fwd: Re: Officer numbers", body);

        Assert.Equal("Officer numbers", suggestion.Title);
        Assert.Equal(["Please provide:", "The number of officers in 2025.", "The number of PCSOs\nin 2025."], suggestion.Questions);
        Assert.Equal("Jo Bloggs", suggestion.RequesterName);
        Assert.False(suggestion.IsPublicSite);
    }

    [Fact]
    public void Suggestion_Paragraphs_BecomeQuestions_WhenNothingIsNumbered()
    {
        var suggestion = RequestSuggestion.From(null, "jo@example.org", "Budgets", "Hello,\n\nWhat was the budget in 2025?\n\nHow much was spent on overtime?\n\nThanks");

        Assert.Equal(["What was the budget in 2025?", "How much was spent on overtime?"], suggestion.Questions);
        Assert.Equal("jo@example.org", suggestion.RequesterName);
    }

    [Fact]
    public void Suggestion_WhatDoTheyKnowAddress_IsAPublicSite_AndItsSubjectPrefixIsDropped()
    {
        var suggestion = RequestSuggestion.From("Jo Bloggs", "request-1234-abcd1234@whatdotheyknow.com", "Freedom of Information request - Speed cameras", "Dear West Midlands Police,\n\nHow many speed cameras are there?");

        Assert.True(suggestion.IsPublicSite);
        Assert.Equal("Speed cameras", suggestion.Title);
        Assert.False(RequestSuggestion.IsPublicSiteAddress("jo@whatdotheyknow.com.example.org"));
    }

    [Theory]
    [InlineData("Air quality monitoring", "Please send the readings.", true)]
    [InlineData("Flooding on the A38", "How many reports?", true)]
    [InlineData("Officer numbers", "How many officers?", false)]
    public void Suggestion_EnvironmentalSubject_HintsEir(string subject, string body, bool environmental)
    {
        Assert.Equal(environmental, RequestSuggestion.From(null, "a@b.org", subject, body).LooksEnvironmental);
    }

    [Theory]
    [InlineData("%PDF-1.7 rest", "application/pdf")]
    [InlineData("PK\u0003\u0004rest", "application/zip")]
    [InlineData("MZ\u0090\u0000", "application/x-msdownload")]
    [InlineData("Plain words\r\nand lines", "text/plain")]
    public void ContentSniffer_ReadsTheSignature_NotTheName(string head, string expected)
    {
        Assert.Equal(expected, ContentSniffer.Detect(Encoding.Latin1.GetBytes(head)));
    }

    [Fact]
    public void ContentSniffer_BinaryWithoutSignature_IsUnknown()
    {
        Assert.Equal(ContentSniffer.Unknown, ContentSniffer.Detect([0x00, 0x01, 0x02, 0x03]));
    }

    private static InboundMessage Message(AutomaticMessage? automatic = null) =>
        new(new string('a', 64), "id@example.org", "jo@example.org", "Jo", "Subject", null, Arrived, "test", [1], "Body", null, automatic ?? AutomaticMessage.None);

    [Fact]
    public void Message_DateOfReceipt_IsTheUkDateOfArrival()
    {
        // 23:30 UTC on 30 June 2026 is 00:30 on 1 July in the UK (BST).
        var message = new InboundMessage(new string('a', 64), null, "a@b", "", "s", null, new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero), "t", [1], null, null, AutomaticMessage.None);

        Assert.Equal(new DateOnly(2026, 7, 1), message.ReceivedOn);
    }

    [Fact]
    public void Message_Automatic_IsFiledAsNotARequest_AndCannotBeMadeARequest()
    {
        var message = Message(new AutomaticMessage(true, "An automatic reply"));

        Assert.Equal(InboundStatus.NotARequest, message.Status);
        var refused = Assert.Throws<DomainException>(() => message.MarkMadeRequest(1, "officer@foiportal.test", Arrived));
        Assert.Equal("This email has already been marked as not a request", refused.Message);
    }

    [Fact]
    public void Message_HandledOnce_SecondActionIsRefused()
    {
        var message = Message();
        message.FileTo(3, "officer@foiportal.test", Arrived);

        Assert.Equal(InboundStatus.Filed, message.Status);
        Assert.Equal("This email has already been filed to a case", message.WhyNotOpen());
        Assert.Throws<DomainException>(() => message.MarkNotARequest(NotARequestReason.Spam, null, "officer@foiportal.test", Arrived));
    }

    [Fact]
    public void Message_NotARequestForAnotherReason_NeedsTheReason()
    {
        var refused = Assert.Throws<DomainException>(() => Message().MarkNotARequest(NotARequestReason.Other, " ", "officer@foiportal.test", Arrived));

        Assert.Equal("Enter why this email is not a request", refused.Message);
    }

    [Fact]
    public void Message_UnreadableCannotBeMadeARequest_ButCanBeFiled()
    {
        var message = InboundMessage.Unreadable(new string('b', 64), Arrived, "folder:x.eml", [0, 1], "Not an email");

        Assert.Throws<DomainException>(() => message.MarkMadeRequest(1, "officer@foiportal.test", Arrived));
        message.FileTo(1, "officer@foiportal.test", Arrived);
        Assert.Equal(InboundStatus.Filed, message.Status);
    }

    [Fact]
    public void Attachment_OverTwentyMegabytes_IsListedButNotStored()
    {
        var message = Message();
        message.AddAttachment("big.pdf", "application/pdf", "application/pdf", InboundMessage.MaxAttachmentBytes + 1, [1, 2], "h");
        message.AddAttachment("small.pdf", "application/pdf", "application/pdf", InboundMessage.MaxAttachmentBytes, [1, 2], "h");

        Assert.Equal([false, true], message.Attachments.Select(a => a.IsStored).ToArray());
    }
}
