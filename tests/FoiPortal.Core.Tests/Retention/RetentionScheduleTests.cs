using FoiPortal.Core.Requests;
using FoiPortal.Core.Retention;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Retention;

public sealed class RetentionScheduleTests
{
    private static readonly RetentionSchedule Schedule = RetentionSchedule.Default;

    private static CaseRetentionFacts Closed(DateOnly received, DateTime? lastEntryUtc, bool regulator = false) =>
        new(received, lastEntryUtc, regulator, IsOpen: false, OnHold: false, AlreadyPurged: false);

    [Fact]
    public void Default_IsThreeYearsAndSixWhereTheRegulatorWasInvolved()
    {
        Assert.Equal(3, Schedule.CaseYears);
        Assert.Equal(6, Schedule.RegulatorYears);
        Assert.Equal(TimeSpan.FromHours(24), RetentionSchedule.DraftKeepFor);
    }

    // Hand-counted: last action in UK time (BST is UTC+1 in summer), then the period in whole calendar years.
    [Theory]
    [InlineData("2023-05-04", "2023-06-01T10:00:00", false, "2026-06-01")]
    [InlineData("2023-05-04", "2023-06-01T10:00:00", true, "2029-06-01")]
    [InlineData("2023-05-04", "2023-06-30T23:30:00", false, "2026-07-01")] // 23:30 UTC is 00:30 BST the next day
    [InlineData("2023-12-20", "2023-12-31T23:30:00", false, "2026-12-31")] // GMT in winter: still 31 December
    [InlineData("2024-02-01", "2024-02-29T12:00:00", false, "2027-02-28")] // 29 February falls to 28 February
    [InlineData("2023-05-04", null, false, "2026-05-04")] // no timeline: the day received
    public void PurgeDueOn_CountsFromTheLastActionInUkTime(string received, string? lastEntryUtc, bool regulator, string expected)
    {
        var last = lastEntryUtc is null ? (DateTime?)null : DateTime.SpecifyKind(DateTime.Parse(lastEntryUtc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

        var due = Schedule.DueOn(Closed(DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), last, regulator));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void IsDue_OnTheDueDateAndAfterButNotTheDayBefore()
    {
        var facts = Closed(new DateOnly(2023, 5, 4), new DateTime(2023, 6, 1, 10, 0, 0, DateTimeKind.Utc));

        Assert.False(Schedule.IsDue(facts, new DateOnly(2026, 5, 31)));
        Assert.True(Schedule.IsDue(facts, new DateOnly(2026, 6, 1)));
        Assert.True(Schedule.IsDue(facts, new DateOnly(2027, 1, 1)));
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void OpenHeldOrAlreadyPurgedCases_AreNeverDue(bool open, bool held, bool purged)
    {
        var facts = new CaseRetentionFacts(new DateOnly(2010, 1, 4), new DateTime(2010, 2, 1, 9, 0, 0, DateTimeKind.Utc), false, open, held, purged);

        Assert.Null(Schedule.DueOn(facts));
        Assert.False(Schedule.IsDue(facts, new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void CandidateCutoff_NeverExcludesACaseThatIsDue()
    {
        var today = new DateOnly(2026, 7, 1);
        // Last action 00:30 BST on 1 July 2023 (23:30 UTC on 30 June): due on 1 July 2026 exactly.
        var last = new DateTime(2023, 6, 30, 23, 30, 0, DateTimeKind.Utc);
        Assert.True(Schedule.IsDue(Closed(new DateOnly(2023, 6, 1), last), today));
        Assert.True(last < Schedule.CandidateCutoffUtc(today));
    }

    [Theory]
    [InlineData(3, 6, null)]
    [InlineData(1, 1, null)]
    [InlineData(20, 20, null)]
    [InlineData(0, 6, "Years to keep a case file must be between 1 and 20")]
    [InlineData(21, 21, "Years to keep a case file must be between 1 and 20")]
    [InlineData(3, 21, "Years to keep a case the regulator or a tribunal looked at must be between 1 and 20")]
    [InlineData(6, 3, "Years to keep a case the regulator or a tribunal looked at must be at least the years to keep a case file")]
    public void WhyRefused_KeepsThePeriodsWithinBounds(int caseYears, int regulatorYears, string? expected) =>
        Assert.Equal(expected, RetentionSchedule.WhyRefused(caseYears, regulatorYears));

    [Fact]
    public void DraftCutoff_IsOneDayBefore()
    {
        var now = new DateTime(2026, 12, 2, 14, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2026, 12, 1, 14, 0, 0, DateTimeKind.Utc), RetentionSchedule.DraftCutoffUtc(now));
    }
}

public sealed class LegalHoldAndRemovalTests
{
    private static readonly DateTimeOffset Received = new(2023, 5, 4, 9, 0, 0, TimeSpan.Zero);

    private static FoiRequest NewRequest() =>
        FoiRequest.Submit(
            "FOI/2023/00042",
            new Requester("Zebedee Quarrington", "zebedee@example.org", "1 Mill Lane", "ZQ-1"),
            "Drones",
            ["How many drones?"],
            PreferredFormat.Email,
            Channel.Web,
            Received,
            WorkingDayCalendar.UnitedKingdom(),
            TrackingToken.Create().Hash);

    private static FoiRequest Withdrawn()
    {
        var request = NewRequest();
        request.Withdraw(Received.AddDays(3));
        return request;
    }

    [Fact]
    public void RemovePersonalData_ClearsTheRequesterAndTheLinkAndKeepsTheCase()
    {
        var request = Withdrawn();
        var token = request.TrackingTokenHash;

        Assert.True(request.RemovePersonalData("Retention job (automatic)", "Case file: 3 years after the last action", Received.AddYears(3)));

        Assert.Equal(Requester.RemovedName, request.Requester.Name);
        Assert.Equal(string.Empty, request.Requester.Email);
        Assert.Null(request.Requester.PostalAddress);
        Assert.Null(request.Requester.YourReference);
        Assert.NotEqual(token, request.TrackingTokenHash);
        Assert.Equal("FOI/2023/00042", request.Reference);
        Assert.Equal(RequestStatus.Withdrawn, request.Status);
        Assert.Equal("How many drones?", request.Questions[0].Text);
        Assert.Equal("PersonalDataRemoved", request.Events[^1].Kind);
        Assert.DoesNotContain(request.Events, e => e.Description.Contains("Zebedee", StringComparison.Ordinal));
    }

    [Fact]
    public void RemovePersonalData_Twice_ChangesNothingTheSecondTime()
    {
        var request = Withdrawn();
        request.RemovePersonalData("job", "rule", Received.AddYears(3));
        var version = request.Version;
        var events = request.Events.Count;

        Assert.False(request.RemovePersonalData("job", "rule", Received.AddYears(4)));
        Assert.Equal(version, request.Version);
        Assert.Equal(events, request.Events.Count);
    }

    [Fact]
    public void RemovePersonalData_RefusedWhileOpen()
    {
        var request = NewRequest();

        var ex = Assert.Throws<DomainException>(() => request.RemovePersonalData("admin", "Erasure request", Received.AddDays(1)));

        Assert.Contains("still open", ex.Message, StringComparison.Ordinal);
        Assert.Equal("Zebedee Quarrington", request.Requester.Name);
    }

    [Fact]
    public void LegalHold_StopsRemovalUntilLifted_AndIsOnTheTimeline()
    {
        var request = Withdrawn();
        request.PlaceLegalHold("manager", "Kept as the training example", Received.AddDays(5));

        Assert.True(request.OnLegalHold);
        Assert.Null(RetentionSchedule.Default.DueOn(request.RetentionFacts(regulatorInvolved: false)));
        var ex = Assert.Throws<DomainException>(() => request.RemovePersonalData("admin", "Erasure request", Received.AddYears(4)));
        Assert.Contains("legal hold (Kept as the training example)", ex.Message, StringComparison.Ordinal);
        Assert.Equal("Legal hold placed: Kept as the training example", request.Events[^1].Description);

        request.LiftLegalHold("manager", Received.AddDays(6));

        Assert.False(request.OnLegalHold);
        Assert.Equal("Legal hold lifted", request.Events[^1].Description);
        // The lift is the last action: the period counts from it (6 days after receipt, hand-counted: 10 May 2026).
        Assert.Equal(new DateOnly(2026, 5, 10), RetentionSchedule.Default.DueOn(request.RetentionFacts(regulatorInvolved: false)));
    }

    [Fact]
    public void PlaceLegalHold_WithoutReason_IsRefused()
    {
        var request = Withdrawn();

        var ex = Assert.Throws<DomainException>(() => request.PlaceLegalHold("manager", "  ", Received.AddDays(5)));

        Assert.Equal("Enter the reason for the legal hold", ex.Message);
        Assert.False(request.OnLegalHold);
    }

    [Fact]
    public void RetentionSettings_RefusesPeriodsOutOfBounds()
    {
        var settings = new RetentionSettings(RetentionSchedule.Default, "admin", Received);

        Assert.Throws<DomainException>(() => settings.Change(new RetentionSchedule(4, 2), "admin", Received));
        Assert.Equal(RetentionSchedule.Default, settings.Schedule);
    }
}
