using System.Linq.Expressions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Consultations;

/// <summary>Who a task asks: a department, a named colleague (a staff account) or a third party outside the authority.</summary>
public enum ConsulteeKind
{
    Department,
    Colleague,

    /// <summary>Another force, a company or a person whose information is requested (s.45 Code of Practice, para 4).</summary>
    ThirdParty,
}

/// <summary>The stored state. "Overdue" is not stored: it is read from the clock (<see cref="ConsultationTask.OverdueOn"/>).</summary>
public enum ConsultationState
{
    Sent,
    Answered,
    Withdrawn,
}

/// <summary>What a task is now, for pages, the queue and the reminder job.</summary>
public enum ConsultationStatus
{
    Sent,
    Overdue,
    Answered,
    Withdrawn,
}

/// <summary>
/// A consultation task (issue 18): the officer asks a department, a colleague or a third party for the information or
/// their view, by a due date in working days, through a secure single-use link emailed to them. The link's token is
/// never stored, only its SHA-256 hash (<see cref="ConsultationToken"/>); each email carries a fresh token, which
/// replaces the one before, so only the latest email's link works. The link is spent when the answer is given, and
/// lapses <see cref="LinkLifeWorkingDays"/> working days after the due date. One definition of "overdue":
/// <see cref="OverdueOn"/>, used by the pages, the queue and the reminder job.
/// </summary>
public sealed class ConsultationTask
{
    public const int QuestionMaxLength = 4_000;
    public const int AnswerMaxLength = 10_000;
    public const int RecipientNameMaxLength = 200;
    public const int AnsweredByMaxLength = 200;
    public const int MinWorkingDays = 1;
    public const int MaxWorkingDays = 20;
    public const int DefaultWorkingDays = 5;

    /// <summary>The link keeps working this long after the due date, so a late answer can still be given.</summary>
    public const int LinkLifeWorkingDays = 20;

    private readonly List<ConsultationQuestion> _questions = [];

    private ConsultationTask()
    {
        RecipientName = string.Empty;
        RecipientEmails = string.Empty;
        Question = string.Empty;
        AskedBy = string.Empty;
        TokenHash = string.Empty;
    }

    public ConsultationTask(
        int foiRequestId,
        Consultee consultee,
        string question,
        IEnumerable<(int Number, string Text)> concerns,
        DateOnly sentOn,
        int workingDays,
        WorkingDayCalendar calendar,
        string askedBy,
        DateTime atUtc,
        string tokenHash)
    {
        ArgumentNullException.ThrowIfNull(consultee);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentException.ThrowIfNullOrWhiteSpace(askedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        if (WhyNotQuestion(question) is { } why)
        {
            throw new DomainException(why);
        }

        if (WhyNotWorkingDays(workingDays) is { } whyDays)
        {
            throw new DomainException(whyDays);
        }

        FoiRequestId = foiRequestId;
        TokenHash = tokenHash;
        Kind = consultee.Kind;
        DepartmentId = consultee.DepartmentId;
        ColleagueUserName = consultee.ColleagueUserName;
        RecipientName = consultee.Name;
        RecipientEmails = string.Join("; ", consultee.Emails);
        Question = question.Trim();
        foreach (var (number, text) in concerns.OrderBy(c => c.Number))
        {
            _questions.Add(new ConsultationQuestion(number, text));
        }

        SentOn = sentOn;
        DueOn = DueDate(sentOn, workingDays, calendar);
        AskedBy = askedBy;
        AskedAtUtc = atUtc;
        State = ConsultationState.Sent;
        IssueLink(tokenHash, calendar);
    }

    public int Id { get; private set; }

    public int FoiRequestId { get; private set; }

    public ConsulteeKind Kind { get; private set; }

    public int? DepartmentId { get; private set; }

    public string? ColleagueUserName { get; private set; }

    /// <summary>The department's name, the colleague's name or the third party's name, as it was when asked.</summary>
    public string RecipientName { get; private set; }

    /// <summary>Where the emails go, "; " separated.</summary>
    public string RecipientEmails { get; private set; }

    /// <summary>What the officer asks (plain text). Sent to the recipient: never the requester's details.</summary>
    public string Question { get; private set; }

    /// <summary>The request's questions the task concerns, as worded when it was sent (question text only).</summary>
    public IReadOnlyList<ConsultationQuestion> Questions => _questions;

    public DateOnly SentOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string AskedBy { get; private set; }

    public DateTime AskedAtUtc { get; private set; }

    public ConsultationState State { get; private set; }

    /// <summary>SHA-256 (hex) of the latest link's token; the token itself is never stored.</summary>
    public string TokenHash { get; private set; }

    /// <summary>The last day the latest link works (UK date).</summary>
    public DateOnly LinkExpiresOn { get; private set; }

    /// <summary>How many links were issued (the first email, reminders, resends): the idempotency key of each email.</summary>
    public int LinksIssued { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    public string? AnswerText { get; private set; }

    /// <summary>The name the person answering gave, if any.</summary>
    public string? AnsweredBy { get; private set; }

    public DateTime? WithdrawnAtUtc { get; private set; }

    public string? WithdrawnBy { get; private set; }

    public IReadOnlyList<string> Addresses => Department.ParseEmails(RecipientEmails);

    /// <summary>
    /// THE definition of an overdue task, as a query (the queue, the reminder job) and, compiled, for one task (pages):
    /// still waiting for an answer after its due date (UK date). Due today is not overdue.
    /// </summary>
    public static Expression<Func<ConsultationTask, bool>> OverdueOn(DateOnly today) =>
        Bind(OverdueRule, today);

    /// <summary>Waiting for an answer (sent, not answered or withdrawn), overdue or not.</summary>
    public static Expression<Func<ConsultationTask, bool>> Waiting { get; } = t => t.State == ConsultationState.Sent;

    public bool IsOverdue(DateOnly today) => IsOverdueCompiled(this, today);

    public ConsultationStatus StatusOn(DateOnly today) => State switch
    {
        ConsultationState.Answered => ConsultationStatus.Answered,
        ConsultationState.Withdrawn => ConsultationStatus.Withdrawn,
        _ => IsOverdue(today) ? ConsultationStatus.Overdue : ConsultationStatus.Sent,
    };

    /// <summary>The due date <paramref name="workingDays"/> working days after <paramref name="sentOn"/> (the day sent never counts).</summary>
    public static DateOnly DueDate(DateOnly sentOn, int workingDays, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return WhyNotWorkingDays(workingDays) is { } why ? throw new DomainException(why) : calendar.AddWorkingDays(sentOn, workingDays);
    }

    /// <summary>
    /// The warning when a task would be due on or after the date the case is worked to: its answer could not be used in
    /// time to respond (FOIA s.10(1)). A warning, not a refusal: the officer may still send it.
    /// </summary>
    public static string? WarningAgainstCaseDue(DateOnly taskDueOn, DateOnly caseWorkingToOn) =>
        taskDueOn >= caseWorkingToOn
            ? $"The task would be due on {taskDueOn:d MMMM yyyy}, on or after the case's own due date ({caseWorkingToOn:d MMMM yyyy}): give fewer working days, or confirm that you want to send it anyway"
            : null;

    public static string? WhyNotWorkingDays(int workingDays) =>
        workingDays is < MinWorkingDays or > MaxWorkingDays ? $"The number of working days must be between {MinWorkingDays} and {MaxWorkingDays}" : null;

    public static string? WhyNotQuestion(string? question) =>
        string.IsNullOrWhiteSpace(question) ? "Enter what you are asking for"
        : question.Trim().Length > QuestionMaxLength ? $"What you are asking for must be {QuestionMaxLength:N0} characters or fewer"
        : null;

    public static string? WhyNotAnswer(string? answer, int files) =>
        string.IsNullOrWhiteSpace(answer) && files == 0 ? "Enter your answer or attach a file"
        : answer is not null && answer.Trim().Length > AnswerMaxLength ? $"Your answer must be {AnswerMaxLength:N0} characters or fewer"
        : null;

    /// <summary>What the link shows for this task on <paramref name="today"/>: the form only while it can still be answered.</summary>
    public LinkState LinkOn(DateOnly today) => State switch
    {
        ConsultationState.Answered => LinkState.Answered,
        ConsultationState.Withdrawn => LinkState.Withdrawn,
        _ => today > LinkExpiresOn ? LinkState.Expired : LinkState.Open,
    };

    /// <summary>A new link (a reminder or a resend): the token before it stops working. Only while waiting for an answer.</summary>
    public void IssueLink(string tokenHash, WorkingDayCalendar calendar)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        ArgumentNullException.ThrowIfNull(calendar);
        if (State != ConsultationState.Sent)
        {
            throw new DomainException(State == ConsultationState.Answered ? "This task has been answered" : "This task has been withdrawn");
        }

        TokenHash = tokenHash;
        LinkExpiresOn = calendar.AddWorkingDays(DueOn, LinkLifeWorkingDays);
        LinksIssued++;
    }

    /// <summary>The answer, given through the link. Spends the link: it then shows only that the task was answered.</summary>
    public void Answer(string? text, string? answeredBy, int files, DateOnly today, DateTime atUtc)
    {
        if (LinkOn(today) is var link && link != LinkState.Open)
        {
            throw new DomainException(link switch
            {
                LinkState.Answered => "This task has been answered",
                LinkState.Withdrawn => "This task has been withdrawn",
                _ => "This link has expired",
            });
        }

        if (WhyNotAnswer(text, files) is { } why)
        {
            throw new DomainException(why);
        }

        var name = answeredBy?.Trim();
        AnswerText = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        AnsweredBy = string.IsNullOrEmpty(name) ? null : name.Length <= AnsweredByMaxLength ? name : name[..AnsweredByMaxLength];
        AnsweredAtUtc = atUtc;
        State = ConsultationState.Answered;
    }

    /// <summary>The officer no longer needs the answer: the link stops working and reminders stop.</summary>
    public void Withdraw(string actor, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (State != ConsultationState.Sent)
        {
            throw new DomainException(State == ConsultationState.Answered ? "An answered task cannot be withdrawn" : "This task has already been withdrawn");
        }

        State = ConsultationState.Withdrawn;
        WithdrawnAtUtc = atUtc;
        WithdrawnBy = actor;
    }

    private static readonly Expression<Func<ConsultationTask, DateOnly, bool>> OverdueRule =
        (t, today) => t.State == ConsultationState.Sent && t.DueOn < today;

    private static readonly Func<ConsultationTask, DateOnly, bool> IsOverdueCompiled = OverdueRule.Compile();

    private static Expression<Func<ConsultationTask, bool>> Bind(Expression<Func<ConsultationTask, DateOnly, bool>> rule, DateOnly today)
    {
        var body = new Substitute(rule.Parameters[1], Expression.Constant(today)).Visit(rule.Body);
        return Expression.Lambda<Func<ConsultationTask, bool>>(body, rule.Parameters[0]);
    }

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>What a consultation link shows.</summary>
public enum LinkState
{
    Open,
    Answered,
    Withdrawn,
    Expired,
}

/// <summary>Who is asked, resolved from the form: a department's addresses, a colleague's account email, or a third party's address.</summary>
public sealed record Consultee(ConsulteeKind Kind, string Name, IReadOnlyList<string> Emails, int? DepartmentId = null, string? ColleagueUserName = null)
{
    public static Consultee ForDepartment(Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        return department.IsActive
            ? new(ConsulteeKind.Department, department.Name, department.Addresses, DepartmentId: department.Id)
            : throw new DomainException("That department is no longer active");
    }

    public static Consultee ForColleague(string userName, string displayName, string email) =>
        new(ConsulteeKind.Colleague, string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim(), [email], ColleagueUserName: userName);

    /// <summary>A third party by their external address (s.45 Code of Practice, para 4: another force, a company).</summary>
    public static Consultee ForThirdParty(string name, string email)
    {
        if (WhyNotThirdParty(name, email) is { } why)
        {
            throw new DomainException(why);
        }

        return new(ConsulteeKind.ThirdParty, name.Trim(), [email.Trim()]);
    }

    public static string? WhyNotThirdParty(string? name, string? email) =>
        string.IsNullOrWhiteSpace(name) ? "Enter the name of the organisation or person you are consulting"
        : name.Trim().Length > ConsultationTask.RecipientNameMaxLength ? $"The name must be {ConsultationTask.RecipientNameMaxLength} characters or fewer"
        : string.IsNullOrWhiteSpace(email) ? "Enter their email address"
        : !Department.IsEmail(email.Trim()) ? "Enter an email address in the correct format, like name@example.com"
        : null;
}

/// <summary>One of the request's questions a task concerns, as worded when the task was sent.</summary>
public sealed class ConsultationQuestion
{
    private ConsultationQuestion()
    {
        Text = string.Empty;
    }

    internal ConsultationQuestion(int number, string text)
    {
        Number = number;
        Text = text;
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public string Text { get; private set; }
}
