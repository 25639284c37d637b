using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.DisclosureLog;

/// <summary>Issue 7: publication with a manager's approval (DisclosureLog:RequireApproval).</summary>
public class EntryApprovalTests
{
    private const string Officer = "officer@foiportal.test";
    private const string Manager = "manager@foiportal.test";
    private static readonly ExemptionCatalogue Catalogue = ExemptionCatalogue.CreateDefault();
    private static readonly DateTime Now = new(2023, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly RequesterIdentity Sam = new("Sam Example", "sam.example@example.org", null);

    private static DisclosureLogEntry Draft(string response = "We cannot answer within the cost limit.", string preparedBy = Officer) =>
        DisclosureLogEntry.CreateDraft(
            new EntryContent("Online Grooming", "62A/23", new DateOnly(2023, 2, 27), Regime.Foia, "Crime and offences", DisclosureOutcome.CostLimit,
                ["FOIA s.12"], "1. How many offences?", response),
            "online-grooming-62a-23", 7, Catalogue, preparedBy, Now);

    [Fact]
    public void Publish_WhenApprovalIsRequired_IsRefused()
    {
        var entry = Draft();

        var refused = Assert.Throws<DomainException>(() => entry.Publish(Sam, Officer, Now, approvalRequired: true));

        Assert.Equal("Publication needs a manager's approval: submit the entry for approval instead", refused.Message);
        Assert.Equal(EntryState.Draft, entry.State);
    }

    [Fact]
    public void SubmitThenApprove_PublishesAndAuditsBoth()
    {
        var entry = Draft();

        entry.SubmitForApproval(Sam, Officer, Now);
        Assert.Equal((EntryState.AwaitingApproval, Officer), (entry.State, entry.SubmittedBy));
        Assert.False(entry.IsPublic);
        entry.Approve(Sam, Manager, Now.AddHours(1));

        Assert.Equal(EntryState.Published, entry.State);
        Assert.Equal(Now.AddHours(1), entry.PublishedAtUtc);
        Assert.Equal(
            [(EntryEventKind.Created, Officer), (EntryEventKind.SubmittedForApproval, Officer), (EntryEventKind.Approved, Manager), (EntryEventKind.Published, Manager)],
            entry.Events.Select(e => (e.Kind, e.Actor)));
    }

    [Fact]
    public void Submit_WithTheRequesterNamed_IsRefusedAtOnce()
    {
        var entry = Draft("Dear Sam Example, we cannot answer.");

        var refused = Assert.Throws<PersonalDataFoundException>(() => entry.SubmitForApproval(Sam, Officer, Now));

        Assert.Equal("the response", Assert.Single(refused.Findings).Where);
        Assert.Equal(EntryState.Draft, entry.State);
    }

    [Theory]
    [InlineData(Officer)]
    [InlineData("OFFICER@foiportal.test")]
    public void Approve_ByWhoeverPreparedIt_IsRefused(string approver)
    {
        // A manager can prepare an entry too; they still need another manager.
        var entry = Draft(preparedBy: Officer);
        entry.SubmitForApproval(Sam, Officer, Now);

        var refused = Assert.Throws<DomainException>(() => entry.Approve(Sam, approver, Now));

        Assert.Equal("You prepared or submitted this entry, so another manager must approve it", refused.Message);
        Assert.Equal(EntryState.AwaitingApproval, entry.State);
    }

    [Fact]
    public void Approve_BySomeoneWhoSubmittedIt_IsRefused()
    {
        var entry = Draft(preparedBy: Officer);
        entry.SubmitForApproval(Sam, "other.manager@foiportal.test", Now);

        Assert.Throws<DomainException>(() => entry.Approve(Sam, "other.manager@foiportal.test", Now));
    }

    [Fact]
    public void Return_ADraft_GoesBackToDraft_WithTheComment()
    {
        var entry = Draft();
        entry.SubmitForApproval(Sam, Officer, Now);

        entry.ReturnFromApproval(Manager, "  Use the topic Public protection.  ", Now);

        Assert.Equal(EntryState.Draft, entry.State);
        var returned = entry.Events[^1];
        Assert.Equal((EntryEventKind.ReturnedFromApproval, Manager, "Use the topic Public protection."), (returned.Kind, returned.Actor, returned.Detail));
    }

    [Fact]
    public void Return_AWithdrawnEntry_GoesBackToWithdrawn_AndKeepsTheFirstPublicationDate()
    {
        var entry = Draft();
        entry.Publish(Sam, Officer, Now);
        entry.Withdraw("Complaint received", Officer, Now.AddDays(1));
        entry.SubmitForApproval(Sam, Officer, Now.AddDays(2));

        entry.ReturnFromApproval(Manager, "Not yet", Now.AddDays(2));

        Assert.Equal(EntryState.Withdrawn, entry.State);
        entry.SubmitForApproval(Sam, Officer, Now.AddDays(3));
        entry.Approve(Sam, Manager, Now.AddDays(3));
        Assert.Equal((EntryState.Published, Now), (entry.State, entry.PublishedAtUtc));
    }

    [Fact]
    public void Return_WithoutAComment_IsRefused()
    {
        var entry = Draft();
        entry.SubmitForApproval(Sam, Officer, Now);

        var refused = Assert.Throws<DomainException>(() => entry.ReturnFromApproval(Manager, "  ", Now));

        Assert.Equal("Enter a comment saying what needs to change", refused.Message);
        Assert.Equal(EntryState.AwaitingApproval, entry.State);
    }

    [Fact]
    public void AwaitingApproval_CannotBeEditedPublishedOrApprovedTwice()
    {
        var entry = Draft();
        entry.SubmitForApproval(Sam, Officer, Now);

        Assert.Throws<DomainException>(() => entry.Publish(Sam, Manager, Now));
        Assert.Throws<DomainException>(() => entry.SubmitForApproval(Sam, Officer, Now));
        var edit = Assert.Throws<DomainException>(() => entry.EditDraft(
            new EntryContent("Online Grooming", "62A/23", new DateOnly(2023, 2, 27), Regime.Foia, "Crime and offences", DisclosureOutcome.CostLimit,
                ["FOIA s.12"], "1. How many offences?", "Changed"),
            Catalogue, Officer, Now));
        Assert.Equal("This entry is awaiting a manager's approval, so it cannot be edited as a draft", edit.Message);
    }

    [Fact]
    public void Approve_ADraftNeverSubmitted_IsRefused()
    {
        var entry = Draft();

        Assert.Throws<DomainException>(() => entry.Approve(Sam, Manager, Now));
        Assert.Equal(EntryState.Draft, entry.State);
    }
}
