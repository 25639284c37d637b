using System.Text;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.DisclosureLog;

public class DisclosureLogEntryTests
{
    private static readonly ExemptionCatalogue Catalogue = ExemptionCatalogue.CreateDefault();
    private static readonly DateTime Now = new(2023, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly RequesterIdentity Sam = new("Sam Example", "sam.example@example.org", null);

    private static EntryContent Content(
        DisclosureOutcome outcome = DisclosureOutcome.CostLimit,
        string[]? exemptions = null,
        string response = "We cannot answer within the cost limit.",
        string title = "Online Grooming") =>
        new(title, "62A/23", new DateOnly(2023, 2, 27), Regime.Foia, "Crime and offences", outcome,
            exemptions ?? ["foia s.12", "FOIA s.23(5)"], "1. How many offences?", response, "Reading each record would take 180 hours.");

    private static DisclosureLogEntry Draft(EntryContent? content = null) =>
        DisclosureLogEntry.CreateDraft(content ?? Content(), "online-grooming-62a-23", 7, Catalogue, "officer@foiportal.test", Now);

    [Fact]
    public void CreateDraft_IsNotPublicAndKeepsCanonicalKeysAndFacets()
    {
        var entry = Draft();

        Assert.Equal(EntryState.Draft, entry.State);
        Assert.False(entry.IsPublic);
        Assert.Equal(1, entry.Version);
        Assert.Equal(["FOIA s.12", "FOIA s.23(5)"], entry.ExemptionsCited);
        Assert.Equal("|FOIA s.12|FOIA s.23(5)|", entry.ExemptionKeys);
        Assert.Contains("y2023", entry.SearchFacets.Split(' '));
        Assert.Equal(EntryEventKind.Created, Assert.Single(entry.Events).Kind);
    }

    [Fact]
    public void Publish_SetsTheDateAndAuditsIt()
    {
        var entry = Draft();

        entry.Publish(Sam, "manager@foiportal.test", Now);

        Assert.Equal(EntryState.Published, entry.State);
        Assert.Equal(Now, entry.PublishedAtUtc);
        Assert.Null(entry.UpdatedAtUtc);
        var published = entry.Events[^1];
        Assert.Equal((EntryEventKind.Published, "manager@foiportal.test", Now), (published.Kind, published.Actor, published.AtUtc));
    }

    [Fact]
    public void Publish_WithTheRequesterNamed_IsRefusedAndSaysWhere()
    {
        var entry = Draft(Content(response: "Dear Sam Example,\n\nWe cannot answer within the cost limit."));
        entry.AddAttachment(DisclosureAttachment.Create("figures.csv", "text/csv", Encoding.UTF8.GetBytes("Requester,Year\r\nsam.example@example.org,2022\r\n")), "officer", Now);

        var refused = Assert.Throws<PersonalDataFoundException>(() => entry.Publish(Sam, "manager", Now));

        Assert.Equal(EntryState.Draft, entry.State);
        Assert.Null(entry.PublishedAtUtc);
        Assert.Equal(
            [(PersonalDataKind.Name, "the response, line 1"), (PersonalDataKind.Email, "figures.csv, row 2, column 1 (“Requester”)")],
            refused.Findings.Select(f => (f.Kind, f.Where)));
        Assert.Contains("2 times", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_NameInTheTitle_IsRefused()
    {
        var entry = Draft(Content(title: "Request from Sam Example"));

        var refused = Assert.Throws<PersonalDataFoundException>(() => entry.Publish(Sam, "manager", Now));

        Assert.Equal("the title", Assert.Single(refused.Findings).Where);
    }

    [Fact]
    public void Publish_PdfThatCannotBeRead_IsRefused()
    {
        var entry = Draft();
        entry.AddAttachment(DisclosureAttachment.Create("letter.pdf", "application/pdf", [1, 2, 3]), "officer", Now);

        Assert.Throws<PersonalDataFoundException>(() => entry.Publish(Sam, "manager", Now, _ => null));
        entry.Publish(Sam, "manager", Now, _ => ["Response to request 62A/23"]);

        Assert.True(entry.IsPublic);
    }

    [Fact]
    public void Publish_WithNoRequesterToLookFor_IsAllowed()
    {
        var entry = Draft(Content(response: "Dear Sam Example"));

        entry.Publish(RequesterIdentity.None, "manager", Now);

        Assert.True(entry.IsPublic);
    }

    [Fact]
    public void Withdraw_NeedsAReasonAndTakesTheEntryOffTheLog()
    {
        var entry = Draft();
        entry.Publish(Sam, "manager", Now);

        Assert.Throws<DomainException>(() => entry.Withdraw("  ", "manager", Now));
        entry.Withdraw("Published by mistake before the requester was told", "manager", Now.AddDays(1));

        Assert.Equal(EntryState.Withdrawn, entry.State);
        var withdrawn = entry.Events[^1];
        Assert.Equal((EntryEventKind.Withdrawn, "Published by mistake before the requester was told"), (withdrawn.Kind, withdrawn.Detail));
    }

    [Fact]
    public void Republish_AfterWithdrawal_KeepsTheFirstPublicationDate()
    {
        var entry = Draft();
        entry.Publish(Sam, "manager", Now);
        entry.Withdraw("Checking a figure", "manager", Now.AddDays(1));

        entry.Publish(Sam, "manager", Now.AddDays(2));

        Assert.True(entry.IsPublic);
        Assert.Equal(Now, entry.PublishedAtUtc);
    }

    [Fact]
    public void Correct_BumpsVersionAndUpdatedDateAndKeepsTheAddress()
    {
        var entry = Draft();
        entry.Publish(Sam, "manager", Now);
        var stamp = entry.ConcurrencyStamp;

        entry.Correct(Content(title: "Online grooming offences"), "Corrected the title", Sam, Catalogue, "manager", Now.AddDays(5));

        Assert.Equal(2, entry.Version);
        Assert.Equal(Now.AddDays(5), entry.UpdatedAtUtc);
        Assert.Equal("Online grooming offences", entry.Title);
        Assert.Equal("online-grooming-62a-23", entry.Slug);
        Assert.NotEqual(stamp, entry.ConcurrencyStamp);
        var corrected = entry.Events[^1];
        Assert.Equal((EntryEventKind.Corrected, "Corrected the title", 2), (corrected.Kind, corrected.Detail, corrected.Version));
    }

    [Fact]
    public void Correct_ThatWouldPublishTheRequester_IsRefusedAndChangesNothing()
    {
        var entry = Draft();
        entry.Publish(Sam, "manager", Now);

        Assert.Throws<PersonalDataFoundException>(() =>
            entry.Correct(Content(response: "Thank you, Mr Example."), "Added a greeting", Sam, Catalogue, "manager", Now.AddDays(1),
                [DisclosureAttachment.Create("new.csv", "text/csv", Encoding.UTF8.GetBytes("a\r\n1\r\n"))]));

        Assert.Equal(1, entry.Version);
        Assert.Equal("We cannot answer within the cost limit.", entry.ResponseText);
        Assert.Empty(entry.Attachments);
        Assert.Null(entry.UpdatedAtUtc);
    }

    [Fact]
    public void Correct_NeedsANote()
    {
        var entry = Draft();
        entry.Publish(Sam, "manager", Now);

        Assert.Throws<DomainException>(() => entry.Correct(Content(), " ", Sam, Catalogue, "manager", Now));
    }

    [Theory]
    [InlineData(EntryState.Draft, "withdraw")]
    [InlineData(EntryState.Draft, "correct")]
    [InlineData(EntryState.Published, "publish")]
    [InlineData(EntryState.Published, "edit")]
    [InlineData(EntryState.Published, "attach")]
    [InlineData(EntryState.Withdrawn, "withdraw")]
    public void IllegalMoves_Throw(EntryState state, string action)
    {
        var entry = Draft();
        if (state != EntryState.Draft)
        {
            entry.Publish(Sam, "manager", Now);
        }

        if (state == EntryState.Withdrawn)
        {
            entry.Withdraw("reason", "manager", Now);
        }

        Action act = action switch
        {
            "withdraw" => () => entry.Withdraw("reason", "manager", Now),
            "correct" => () => entry.Correct(Content(), "note", Sam, Catalogue, "manager", Now),
            "publish" => () => entry.Publish(Sam, "manager", Now),
            "edit" => () => entry.EditDraft(Content(), Catalogue, "officer", Now),
            _ => () => entry.AddAttachment(DisclosureAttachment.Create("a.csv", "text/csv", [65]), "officer", Now),
        };

        Assert.Throws<DomainException>(act);
    }

    [Theory]
    [InlineData(DisclosureOutcome.GrantedInFull, new[] { "FOIA s.40(2)" })]
    [InlineData(DisclosureOutcome.PartlyGranted, new string[0])]
    [InlineData(DisclosureOutcome.Withheld, new string[0])]
    [InlineData(DisclosureOutcome.NeitherConfirmNorDeny, new[] { "FOIA s.23(1)" })]
    [InlineData(DisclosureOutcome.CostLimit, new[] { "FOIA s.23(5)" })]
    [InlineData(DisclosureOutcome.NotHeld, new[] { "FOIA s.99" })]
    public void OutcomeAndExemptions_MustAgree(DisclosureOutcome outcome, string[] exemptions)
    {
        Assert.Throws<DomainException>(() => Draft(Content(outcome, exemptions)));
    }

    [Theory]
    [InlineData(DisclosureOutcome.GrantedInFull, new string[0])]
    [InlineData(DisclosureOutcome.PartlyGranted, new[] { "FOIA s.40(2)" })]
    [InlineData(DisclosureOutcome.NeitherConfirmNorDeny, new[] { "FOIA s.23(5)", "FOIA s.24(2)" })]
    [InlineData(DisclosureOutcome.NotHeld, new string[0])]
    public void OutcomeAndExemptions_ThatAgree_AreAccepted(DisclosureOutcome outcome, string[] exemptions)
    {
        Assert.Equal(outcome, Draft(Content(outcome, exemptions)).Outcome);
    }

    [Fact]
    public void Content_IsValidated()
    {
        Assert.Throws<DomainException>(() => Draft(Content(title: " ")));
        Assert.Throws<DomainException>(() => Draft(Content(title: "Two\nlines")));
        Assert.Throws<DomainException>(() => Draft(Content(response: new string('a', DisclosureLogEntry.ResponseTextMaxLength + 1))));
        Assert.Throws<DomainException>(() => Draft(Content() with { RespondedOn = new DateOnly(2023, 3, 3) }));
        Assert.Throws<DomainException>(() => DisclosureLogEntry.CreateDraft(Content(), "Not A Slug", null, Catalogue, "officer", Now));
    }

    [Fact]
    public void Attachments_AreSafeNamedTypedAndHashed()
    {
        var file = DisclosureAttachment.Create("C:\\Users\\me\\Figures 2023 (final).CSV", "application/vnd.ms-excel", Encoding.ASCII.GetBytes("abc"));

        Assert.Equal("Figures_2023_final.csv", file.FileName);
        Assert.Equal("text/csv", file.ContentType);
        // SHA-256("abc"), the FIPS 180-2 test vector.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", file.Sha256);
        Assert.Equal(3, file.SizeBytes);
        Assert.Throws<DomainException>(() => DisclosureAttachment.Create("run.exe", "application/octet-stream", [1]));
        Assert.Throws<DomainException>(() => DisclosureAttachment.Create("letter.pdf", "text/html", [1]));
        Assert.Throws<DomainException>(() => DisclosureAttachment.Create("empty.csv", "text/csv", []));
    }

    [Fact]
    public void Attachments_NamesAreUniqueWithinAnEntry()
    {
        var entry = Draft();
        entry.AddAttachment(DisclosureAttachment.Create("a.csv", "text/csv", [65]), "officer", Now);

        Assert.Throws<DomainException>(() => entry.AddAttachment(DisclosureAttachment.Create("A.csv", "text/csv", [66]), "officer", Now));
        entry.RemoveAttachment("A.CSV", "officer", Now);
        Assert.Empty(entry.Attachments);
    }
}
