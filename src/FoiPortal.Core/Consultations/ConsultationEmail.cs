using System.Globalization;
using System.Text;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Consultations;

public enum ConsultationEmailKind
{
    Sent,
    Reminder,
    Overdue,
    Resent,
}

/// <summary>
/// The email that carries a task's link. It holds the case reference and title, the question asked, the request's
/// questions it concerns and the due date: never who asked (the requester's name, email or address), which a third
/// party in particular must not learn (FOIA s.40, UK GDPR art. 5(1)(c)). <see cref="Compose"/> checks the finished text
/// with <see cref="PersonalDataCheck"/> and refuses to build an email in which the requester's details appear.
/// </summary>
public static class ConsultationEmail
{
    public static (string Subject, string Body) Compose(
        ConsultationEmailKind kind, ConsultationTask task, string reference, string caseTitle, string link, RequesterIdentity requester)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(requester);
        var due = task.DueOn.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var subject = kind switch
        {
            ConsultationEmailKind.Reminder => $"Reminder: information needed by {due} for FOI request {reference}",
            ConsultationEmailKind.Overdue => $"Overdue: information was needed by {due} for FOI request {reference}",
            ConsultationEmailKind.Resent => $"New link: information needed by {due} for FOI request {reference}",
            _ => $"Information needed by {due} for FOI request {reference}",
        };
        var opening = kind switch
        {
            ConsultationEmailKind.Reminder => $"This is a reminder: we have not yet had your answer, which is needed by {due}.",
            ConsultationEmailKind.Overdue => $"Your answer was needed by {due} and we have not had it. Please answer as soon as you can.",
            ConsultationEmailKind.Resent => "Here is a new link to answer the question below.",
            _ => $"We have received a Freedom of Information request and need your help to answer it. Please answer by {due}.",
        };
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Dear {task.RecipientName},\n\n{opening}\n\n");
        body.Append(CultureInfo.InvariantCulture, $"Request: {reference}, \"{caseTitle}\"\n\nWhat we are asking you:\n{task.Question}\n\n");
        if (task.Questions.Count > 0)
        {
            body.Append("The parts of the request this concerns:\n");
            foreach (var q in task.Questions)
            {
                body.Append(CultureInfo.InvariantCulture, $"{q.Number}. {q.Text}\n");
            }

            body.Append('\n');
        }

        body.Append(CultureInfo.InvariantCulture, $"Answer, and attach any files (CSV, XLSX, PDF or DOCX), here:\n{link}\n\n");
        body.Append(CultureInfo.InvariantCulture, $"The link works once: it stops working when you have answered, and after {task.LinkExpiresOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}. Do not forward it: anyone with it can answer.");
        if (kind != ConsultationEmailKind.Sent)
        {
            body.Append(" It replaces the link in earlier emails about this task, which no longer works.");
        }

        body.Append("\n\nThe law gives us 20 working days to respond to the request (Freedom of Information Act 2000, section 10), so please answer by the date above or tell us at once if you cannot.\n");
        var text = body.ToString();
        var check = new PersonalDataCheck(requester);
        var findings = check.HasAnythingToFind ? check.InText("the email", subject + "\n" + text) : [];
        if (findings.Count > 0)
        {
            throw new PersonalDataFoundException(findings);
        }

        return (subject.Length <= Messaging.OutboundEmail.SubjectMaxLength ? subject : subject[..Messaging.OutboundEmail.SubjectMaxLength], text);
    }

    /// <summary>Where the requester's details appear in what the officer typed, for the form's error summary.</summary>
    public static IReadOnlyList<PersonalDataFinding> FindRequester(string? question, RequesterIdentity requester)
    {
        var check = new PersonalDataCheck(requester);
        return check.HasAnythingToFind && !string.IsNullOrWhiteSpace(question) ? check.InText("what you are asking", question) : [];
    }

    /// <summary>The idempotency key of the email carrying link number <paramref name="link"/> of a task ("consultation:{request}:{task}:{link}").</summary>
    public static string IdempotencyKey(int requestId, int taskId, int link) =>
        string.Create(CultureInfo.InvariantCulture, $"{KeyPrefix(requestId)}{taskId}:{link}");

    /// <summary>The start of the idempotency keys of a case's consultation emails (retention finds them by it).</summary>
    public static string KeyPrefix(int requestId) => string.Create(CultureInfo.InvariantCulture, $"consultation:{requestId}:");
}
