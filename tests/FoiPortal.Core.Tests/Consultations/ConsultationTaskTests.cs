using System.IO.Compression;
using System.Text;
using FoiPortal.Core.Consultations;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Consultations;

/// <summary>Issue 18, "Consult": due dates in working days, the one definition of overdue, the single-use link, state changes and reminders.</summary>
public class ConsultationTaskTests
{
    private static readonly WorkingDayCalendar Uk = WorkingDayCalendar.UnitedKingdom();
    private static readonly DateTime At = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    private static ConsultationTask Task(DateOnly sentOn, int workingDays, string hash = "0000000000000000000000000000000000000000000000000000000000000000") =>
        new(
            7,
            new Consultee(ConsulteeKind.Department, "Crime Data", ["crime.data@force.test"], DepartmentId: 1),
            "  How many knife crimes were recorded in 2025?  ",
            [(2, "How many in 2025?"), (1, "How many in 2024?")],
            sentOn,
            workingDays,
            Uk,
            "officer@foiportal.test",
            At,
            hash);

    // Dates counted by hand from the 2026 England and Wales calendar (Christmas Day Fri 25, Boxing Day substitute Mon 28 Dec).
    [Theory]
    [InlineData("2026-12-03", 1, "2026-12-04")] // Thursday + 1 = Friday
    [InlineData("2026-12-04", 1, "2026-12-07")] // Friday + 1 skips the weekend
    [InlineData("2026-12-03", 5, "2026-12-10")]
    [InlineData("2026-12-21", 5, "2026-12-30")] // 22, 23, 24, (25, 28 holidays) 29, 30
    [InlineData("2026-12-23", 2, "2026-12-29")] // 24, (25 Christmas, 26-27 weekend, 28 Boxing Day substitute), 29
    public void DueOn_IsWorkingDaysAfterTheDaySent(string sent, int days, string expected)
    {
        var sentOn = DateOnly.Parse(sent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Task(sentOn, days).DueOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void WorkingDays_OutsideOneToTwenty_AreRefused(int days) =>
        Assert.Throws<DomainException>(() => Task(new DateOnly(2026, 12, 3), days));

    [Theory]
    [InlineData("2026-12-09", false)] // the day before due
    [InlineData("2026-12-10", false)] // due today is not overdue
    [InlineData("2026-12-11", true)]  // the day after
    public void Overdue_OnlyAfterTheDueDate(string today, bool overdue)
    {
        var task = Task(new DateOnly(2026, 12, 3), 5);
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(overdue, task.IsOverdue(day));
        Assert.Equal(overdue ? ConsultationStatus.Overdue : ConsultationStatus.Sent, task.StatusOn(day));

        // The query form (queue, reminder job) is the same rule.
        Assert.Equal(overdue, ConsultationTask.OverdueOn(day).Compile()(task));
    }

    [Fact]
    public void AnAnsweredOrWithdrawnTask_IsNeverOverdue()
    {
        var answered = Task(new DateOnly(2026, 12, 3), 5);
        answered.Answer("42", null, 0, new DateOnly(2026, 12, 4), At);
        var withdrawn = Task(new DateOnly(2026, 12, 3), 5);
        withdrawn.Withdraw("officer@foiportal.test", At);

        Assert.Equal(ConsultationStatus.Answered, answered.StatusOn(new DateOnly(2027, 1, 29)));
        Assert.Equal(ConsultationStatus.Withdrawn, withdrawn.StatusOn(new DateOnly(2027, 1, 29)));
        Assert.False(ConsultationTask.OverdueOn(new DateOnly(2027, 1, 29)).Compile()(answered));
    }

    [Theory]
    [InlineData("2026-12-09", null)]
    [InlineData("2026-12-10", "The task would be due on 10 December 2026, on or after the case's own due date (10 December 2026): give fewer working days, or confirm that you want to send it anyway")]
    [InlineData("2026-12-11", "The task would be due on 11 December 2026, on or after the case's own due date (10 December 2026): give fewer working days, or confirm that you want to send it anyway")]
    public void Warning_WhenDueOnOrAfterTheCase(string taskDue, string? expected) =>
        Assert.Equal(expected, ConsultationTask.WarningAgainstCaseDue(DateOnly.Parse(taskDue, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 12, 10)));

    [Fact]
    public void New_KeepsTheConcernedQuestionsInOrder_AndTrimsTheQuestion()
    {
        var task = Task(new DateOnly(2026, 12, 3), 5);

        Assert.Equal("How many knife crimes were recorded in 2025?", task.Question);
        Assert.Equal([1, 2], task.Questions.Select(q => q.Number));
        Assert.Equal(ConsultationState.Sent, task.State);
        Assert.Equal(1, task.LinksIssued);
    }

    [Fact]
    public void Link_LastsTwentyWorkingDaysAfterTheDueDate()
    {
        // Due Thu 10 Dec; 20 working days later, skipping 25 and 28 Dec, 1 Jan 2027 and Scotland's 2 January holiday
        // (Saturday, so Monday 4 January; FOIA s.10(6) skips a bank holiday in any part of the UK): Wednesday 13 January 2027.
        var task = Task(new DateOnly(2026, 12, 3), 5);

        Assert.Equal(new DateOnly(2027, 1, 13), task.LinkExpiresOn);
        Assert.Equal(LinkState.Open, task.LinkOn(new DateOnly(2027, 1, 13)));
        Assert.Equal(LinkState.Expired, task.LinkOn(new DateOnly(2027, 1, 14)));
    }

    [Fact]
    public void Answer_SpendsTheLink_AndASecondAnswerIsRefused()
    {
        var task = Task(new DateOnly(2026, 12, 3), 5);

        task.Answer("  312 offences  ", " A. Analyst ", 1, new DateOnly(2026, 12, 8), At);

        Assert.Equal(ConsultationState.Answered, task.State);
        Assert.Equal("312 offences", task.AnswerText);
        Assert.Equal("A. Analyst", task.AnsweredBy);
        Assert.Equal(LinkState.Answered, task.LinkOn(new DateOnly(2026, 12, 8)));
        var again = Assert.Throws<DomainException>(() => task.Answer("other", null, 0, new DateOnly(2026, 12, 8), At));
        Assert.Equal("This task has been answered", again.Message);
        Assert.Equal("312 offences", task.AnswerText);
    }

    [Theory]
    [InlineData(null, 0, "Enter your answer or attach a file")]
    [InlineData("   ", 0, "Enter your answer or attach a file")]
    [InlineData(null, 1, null)]
    [InlineData("Nil return", 0, null)]
    public void Answer_NeedsTextOrAFile(string? text, int files, string? expected) =>
        Assert.Equal(expected, ConsultationTask.WhyNotAnswer(text, files));

    [Fact]
    public void Withdraw_StopsTheLink_AndCannotFollowAnAnswer()
    {
        var task = Task(new DateOnly(2026, 12, 3), 5);
        task.Withdraw("officer@foiportal.test", At);

        Assert.Equal(LinkState.Withdrawn, task.LinkOn(new DateOnly(2026, 12, 4)));
        Assert.Throws<DomainException>(() => task.Answer("late", null, 0, new DateOnly(2026, 12, 4), At));
        Assert.Throws<DomainException>(() => task.IssueLink(new string('a', 64), Uk));

        var answered = Task(new DateOnly(2026, 12, 3), 5);
        answered.Answer("done", null, 0, new DateOnly(2026, 12, 4), At);
        Assert.Equal("An answered task cannot be withdrawn", Assert.Throws<DomainException>(() => answered.Withdraw("officer@foiportal.test", At)).Message);
    }

    [Fact]
    public void AnExpiredLink_CannotAnswer()
    {
        var task = Task(new DateOnly(2026, 12, 3), 5);

        Assert.Equal("This link has expired", Assert.Throws<DomainException>(() => task.Answer("late", null, 0, new DateOnly(2027, 1, 14), At)).Message);
    }

    [Fact]
    public void IssueLink_ReplacesTheToken()
    {
        var (first, firstHash) = ConsultationToken.Create();
        var task = Task(new DateOnly(2026, 12, 3), 5, firstHash);
        var (second, secondHash) = ConsultationToken.Create();

        task.IssueLink(secondHash, Uk);

        Assert.Equal(2, task.LinksIssued);
        Assert.False(ConsultationToken.Matches(task.TokenHash, first));
        Assert.True(ConsultationToken.Matches(task.TokenHash, second));
    }

    [Fact]
    public void Token_Has256RandomBits_AndOnlyItsHashIsKept()
    {
        var (token, hash) = ConsultationToken.Create();
        var (other, _) = ConsultationToken.Create();

        Assert.Equal(43, token.Length); // 32 bytes, base64url without padding
        Assert.NotEqual(token, other);
        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(token))), hash);
        Assert.True(ConsultationToken.Matches(hash, token));
        Assert.False(ConsultationToken.Matches(hash, other));
        Assert.False(ConsultationToken.Matches(hash, token[..42]));
        Assert.False(ConsultationToken.Matches(hash, null));
    }

    // Task sent Thu 3 Dec, due Thu 10 Dec (5 working days); remind 2 working days before (Tue 8 Dec) and once overdue.
    [Theory]
    [InlineData("2026-12-07", null)]
    [InlineData("2026-12-08", ConsultationReminderKind.BeforeDue)]
    [InlineData("2026-12-10", ConsultationReminderKind.BeforeDue)]
    [InlineData("2026-12-11", ConsultationReminderKind.Overdue)]
    public void Reminder_BeforeAndWhenOverdue(string today, ConsultationReminderKind? expected) =>
        Assert.Equal(expected, ConsultationReminder.Due(Task(new DateOnly(2026, 12, 3), 5), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Uk, 2));

    [Fact]
    public void Reminder_NoneBeforeDue_WhenTheTaskWasGivenNoMoreTimeThanThat()
    {
        var shortTask = Task(new DateOnly(2026, 12, 3), 2);

        Assert.Null(ConsultationReminder.Due(shortTask, new DateOnly(2026, 12, 3), Uk, 2));
        Assert.Equal(ConsultationReminderKind.Overdue, ConsultationReminder.Due(shortTask, new DateOnly(2026, 12, 8), Uk, 2));
    }

    [Fact]
    public void Reminder_NoneOnceAnswered()
    {
        var task = Task(new DateOnly(2026, 12, 3), 5);
        task.Answer("done", null, 0, new DateOnly(2026, 12, 4), At);

        Assert.Null(ConsultationReminder.Due(task, new DateOnly(2026, 12, 20), Uk, 2));
    }

    [Fact]
    public void Email_CarriesReferenceTitleQuestionAndLink_NeverTheRequester()
    {
        var task = Task(new DateOnly(2026, 12, 3), 5);
        var (subject, body) = ConsultationEmail.Compose(
            ConsultationEmailKind.Sent, task, "62A/23", "Knife crime figures", "https://foi.test/consultations/abc", new RequesterIdentity("Sam Example", "sam@example.com", "12 Acacia Avenue, B1 1AA"));

        Assert.Equal("Information needed by Thursday 10 December 2026 for FOI request 62A/23", subject);
        Assert.Contains("How many knife crimes were recorded in 2025?", body, StringComparison.Ordinal);
        Assert.Contains("1. How many in 2024?", body, StringComparison.Ordinal);
        Assert.Contains("https://foi.test/consultations/abc", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Email_IsRefused_WhenTheQuestionNamesTheRequester()
    {
        var task = new ConsultationTask(
            7, Consultee.ForThirdParty("Acme Ltd", "foi@acme.test"), "Sam Example asked for your contract; do you object?", [], new DateOnly(2026, 12, 3), 5, Uk, "officer@foiportal.test", At, new string('0', 64));

        var refused = Assert.Throws<PersonalDataFoundException>(() => ConsultationEmail.Compose(
            ConsultationEmailKind.Sent, task, "62A/23", "Contracts", "https://foi.test/consultations/abc", new RequesterIdentity("Sam Example", "sam@example.com", null)));
        Assert.Equal(PersonalDataKind.Name, Assert.Single(refused.Findings).Kind);
    }

    [Theory]
    [InlineData("", "x@y.uk", "Enter the name of the organisation or person you are consulting")]
    [InlineData("Acme Ltd", "", "Enter their email address")]
    [InlineData("Acme Ltd", "not-an-email", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("Acme Ltd", "Acme <foi@acme.test>", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("Acme Ltd", "foi@acme.test", null)]
    public void ThirdParty_NeedsANameAndOneAddress(string name, string email, string? expected) =>
        Assert.Equal(expected, Consultee.WhyNotThirdParty(name, email));
}
