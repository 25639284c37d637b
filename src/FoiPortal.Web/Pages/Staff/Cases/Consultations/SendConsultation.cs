using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Consultations;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Consultations;

/// <summary>
/// The officer asks a department, a colleague or a third party (s.45 Code of Practice, para 4) for information or their
/// view on a case (open, or closed for an internal review or complaint), by a due date in working days. The task is saved with its link's hash and its email queued in
/// one transaction; the timeline records it. A due date on or after the case's own is refused until the officer confirms.
/// </summary>
public static class SendConsultation
{
    public const string ThirdParty = "third-party";
    public const string DepartmentPrefix = "department:";
    public const string ColleaguePrefix = "colleague:";

    public sealed class Command : ICommand<int>, IStaffCommand
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;

        /// <summary>"department:{id}", "colleague:{user name}" or "third-party".</summary>
        public string? Recipient { get; set; }

        public string? ThirdPartyName { get; set; }

        public string? ThirdPartyEmail { get; set; }

        public string? Question { get; set; }

        public List<int> QuestionNumbers { get; set; } = [];

        public string? WorkingDays { get; set; } = ConsultationTask.DefaultWorkingDays.ToString(CultureInfo.InvariantCulture);

        /// <summary>The officer confirms a due date on or after the case's own.</summary>
        public bool SendAnyway { get; set; }

        public int? Days() =>
            int.TryParse(WorkingDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : null;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            // Field order is the page's: who, (third party's details), question, working days.
            RuleFor(c => c.Recipient).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Select who you are asking")
                .Must(r => r == ThirdParty || r!.StartsWith(DepartmentPrefix, StringComparison.Ordinal) || r.StartsWith(ColleaguePrefix, StringComparison.Ordinal))
                .WithMessage("Select who you are asking from the list");
            RuleFor(c => c.ThirdPartyName)
                .Must((c, name) => string.IsNullOrWhiteSpace(Consultee.WhyNotThirdParty(name, "x@x.uk")))
                .When(c => c.Recipient == ThirdParty)
                .WithMessage(c => Consultee.WhyNotThirdParty(c.ThirdPartyName, "x@x.uk")!);
            RuleFor(c => c.ThirdPartyEmail)
                .Must((c, email) => Consultee.WhyNotThirdParty("name", email) is null)
                .When(c => c.Recipient == ThirdParty)
                .WithMessage(c => Consultee.WhyNotThirdParty("name", c.ThirdPartyEmail)!);
            RuleFor(c => c.Question).Must(q => ConsultationTask.WhyNotQuestion(q) is null).WithMessage(c => ConsultationTask.WhyNotQuestion(c.Question)!);
            RuleFor(c => c.WorkingDays).Cascade(CascadeMode.Stop)
                .Must((c, _) => c.Days() is not null).WithMessage("Enter the number of working days as a number, like 5")
                .Must((c, _) => ConsultationTask.WhyNotWorkingDays(c.Days()!.Value) is null).WithMessage(c => ConsultationTask.WhyNotWorkingDays(c.Days()!.Value)!);
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, ICalendarSource calendars, IOptions<RequestOptions> options)
        : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.Requests.Include(r => r.Questions).SingleOrDefaultAsync(r => r.Id == command.RequestId, cancellationToken)
                ?? throw new DomainException("This request no longer exists");
            var consultee = await ConsulteeAsync(command, cancellationToken);
            var concerns = request.Questions.Where(q => command.QuestionNumbers.Contains(q.Number)).Select(q => (q.Number, q.Text)).ToList();
            if (concerns.Count != command.QuestionNumbers.Distinct().Count())
            {
                throw Refused(nameof(Command.QuestionNumbers), "Select the request's questions from the list");
            }

            // Nothing the third party (or anyone asked) is sent may say who made the request (s.40, UK GDPR).
            var findings = ConsultationEmail.FindRequester(command.Question, ConsultationMail.Requester(request));
            if (findings.Count > 0)
            {
                throw new ValidationException(findings.Select(f => new ValidationFailure(nameof(Command.Question), $"{f.Message}: the person you ask must not learn who made the request")));
            }

            var now = time.GetUtcNow();
            var today = UkLocalDate.FromInstant(now);
            var calendar = await calendars.ForRegimeAsync(request.Regime, cancellationToken);
            var dueOn = ConsultationTask.DueDate(today, command.Days()!.Value, calendar);
            // Only an open case has a due date still to meet (a closed one may be consulted on for a review or a complaint).
            if (request.IsOpen && !command.SendAnyway && ConsultationTask.WarningAgainstCaseDue(dueOn, request.WorkingToOn) is { } warning)
            {
                throw Refused(nameof(Command.WorkingDays), warning);
            }

            var (token, hash) = ConsultationToken.Create();
            var task = new ConsultationTask(request.Id, consultee, command.Question!, concerns, today, command.Days()!.Value, calendar, command.Actor, now.UtcDateTime, hash);
            db.ConsultationTasks.Add(task);
            await db.SaveChangesAsync(cancellationToken);

            ConsultationMail.Queue(db, task, ConsultationEmailKind.Sent, request, token, options.Value.PublicBaseUrl, now.UtcDateTime);
            request.RecordCaseWork("ConsultationSent", $"Consultation sent to {task.RecipientName} ({Describe(task.Kind)}), due {UkDates.Full(task.DueOn)}", command.Actor, now);
            await db.SaveChangesAsync(cancellationToken);
            return task.Id;
        }

        private async Task<Consultee> ConsulteeAsync(Command command, CancellationToken cancellationToken)
        {
            var recipient = command.Recipient!;
            if (recipient == ThirdParty)
            {
                return Consultee.ForThirdParty(command.ThirdPartyName!, command.ThirdPartyEmail!);
            }

            if (recipient.StartsWith(DepartmentPrefix, StringComparison.Ordinal))
            {
                var id = int.TryParse(recipient[DepartmentPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
                var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.IsActive, cancellationToken)
                    ?? throw Refused(nameof(Command.Recipient), "Select who you are asking from the list");
                return Consultee.ForDepartment(department);
            }

            var userName = recipient[ColleaguePrefix.Length..];
            var colleague = (await Colleagues.ListAsync(db, cancellationToken)).FirstOrDefault(c => string.Equals(c.UserName, userName, StringComparison.OrdinalIgnoreCase))
                ?? throw Refused(nameof(Command.Recipient), "Select who you are asking from the list");
            return Consultee.ForColleague(colleague.UserName, colleague.DisplayName, colleague.Email!);
        }

        private static ValidationException Refused(string field, string message) => new([new ValidationFailure(field, message)]);
    }

    public static string Describe(ConsulteeKind kind) => kind switch
    {
        ConsulteeKind.Department => "department",
        ConsulteeKind.Colleague => "colleague",
        _ => "third party",
    };
}

/// <summary>Colleagues a task can be sent to: staff accounts that are not disabled and have an email address.</summary>
public static class Colleagues
{
    public static async Task<IReadOnlyList<CaseWorker>> ListAsync(FoiDbContext db, CancellationToken cancellationToken)
    {
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.UserName != null && u.Email != null && u.DisabledAtUtc == null)
            .Select(u => new CaseWorker(u.UserName!, u.DisplayName, u.Email))
            .ToListAsync(cancellationToken);
        return staff.OrderBy(s => s.Shown, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
