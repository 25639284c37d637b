using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Requests;

/// <summary>
/// The request-level sign-off rule: a case goes to a manager only with something that needs sign-off, and becomes
/// Approved only when nothing (cost or exemption) is left waiting; a return sends the whole case back.
/// </summary>
public sealed class SignOffRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static FoiRequest InProgress()
    {
        var request = FoiRequest.Submit(
            "FOI/2026/00009", new Requester("Jo", "jo@example.org", null), "Online grooming", ["Q1", "Q2"],
            PreferredFormat.Email, Channel.Web, At.AddDays(-3), WorkingDayCalendar.UnitedKingdom(), TrackingToken.Create().Hash);
        request.StartWork("officer", At.AddDays(-2));
        return request;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Submit_WithNothingToSignOff_IsRefused(int outstanding)
    {
        var request = InProgress();

        var ex = Assert.Throws<DomainException>(() => request.SubmitForSignOff("officer", At, outstanding));

        Assert.Equal("Nothing on this request needs a manager's sign-off", ex.Message);
        Assert.Equal(RequestStatus.InProgress, request.Status);
    }

    [Fact]
    public void Submit_WithTwoWaiting_SaysHowMany()
    {
        var request = InProgress();

        request.SubmitForSignOff("officer", At, 2);

        Assert.Equal(RequestStatus.AwaitingSignOff, request.Status);
        Assert.Equal(("Submitted for sign-off (2 decisions)", "officer"), (request.Events[^1].Description, request.Events[^1].Actor));
    }

    [Fact]
    public void Approval_WithAnotherStillWaiting_StaysAwaitingSignOffAndGoesOnTheTimeline()
    {
        var request = InProgress();
        request.SubmitForSignOff("officer", At, 2);
        var version = request.Version;

        request.RecordApproval("manager", At.AddHours(1), "Cost decision", stillOutstanding: 1, comment: "Estimate is sound");

        Assert.Equal(RequestStatus.AwaitingSignOff, request.Status);
        var last = request.Events[^1];
        Assert.Equal(("PartApproved", "Cost decision approved; 1 decision still awaits sign-off: Estimate is sound", "manager", At.AddHours(1).UtcDateTime),
            (last.Kind, last.Description, last.Actor, last.AtUtc));
        Assert.NotEqual(version, request.Version);
    }

    [Fact]
    public void Approval_OfTheLastOne_ApprovesTheRequest()
    {
        var request = InProgress();
        request.SubmitForSignOff("officer", At, 2);
        request.RecordApproval("manager", At, "Cost decision", stillOutstanding: 1);

        request.RecordApproval("manager", At, "Exemption decisions", stillOutstanding: 0);

        Assert.Equal(RequestStatus.Approved, request.Status);
        Assert.Equal(("Approved", "Exemption decisions approved"), (request.Events[^1].Kind, request.Events[^1].Description));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Approval_WhenNotAwaitingSignOff_IsRefused(int stillOutstanding)
    {
        var request = InProgress();
        var events = request.Events.Count;

        Assert.Throws<DomainException>(() => request.RecordApproval("manager", At, "Cost decision", stillOutstanding));

        Assert.Equal((RequestStatus.InProgress, events), (request.Status, request.Events.Count));
    }

    [Fact]
    public void Return_SendsTheCaseBackNamingThePartAndTheComment()
    {
        var request = InProgress();
        request.SubmitForSignOff("officer", At, 2);
        request.RecordApproval("manager", At, "Cost decision", stillOutstanding: 1);

        request.ReturnToOfficer("manager", At, "Give the public interest factors", "Exemption decisions");

        Assert.Equal(RequestStatus.Returned, request.Status);
        Assert.Equal("Exemption decisions returned for changes: Give the public interest factors", request.Events[^1].Description);
    }
}
