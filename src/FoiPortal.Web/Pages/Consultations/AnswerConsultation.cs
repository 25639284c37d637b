using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Consultations;
using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Consultations;

/// <summary>
/// The person asked answers through the link: text and files (CSV, XLSX, PDF or DOCX, checked by content, up to 20 MB
/// each). The answer, its files and the timeline event are saved together and the link is spent; the officer who asked
/// is told by email (reference and a link to the case only).
/// </summary>
public static class AnswerConsultation
{
    public sealed record Upload(string FileName, long Length, byte[]? Content);

    public sealed class Command : ICommand<bool>
    {
        [BindNever]
        public string Token { get; set; } = string.Empty;

        public string? AnswerText { get; set; }

        public string? AnsweredBy { get; set; }

        /// <summary>Read by the page from the multipart form; an over-size file is passed without its content.</summary>
        [BindNever]
        public List<Upload> Files { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.AnswerText).Must((c, text) => ConsultationTask.WhyNotAnswer(text, c.Files.Count) is null).WithMessage(c => ConsultationTask.WhyNotAnswer(c.AnswerText, c.Files.Count)!);
            RuleFor(c => c.AnsweredBy).MaximumLength(ConsultationTask.AnsweredByMaxLength).WithMessage($"Your name must be {ConsultationTask.AnsweredByMaxLength} characters or fewer");
            RuleFor(c => c.Files).Custom((files, context) =>
            {
                if (files.Count > AnswerFiles.MaxFiles)
                {
                    context.AddFailure(new ValidationFailure(nameof(Command.Files), $"Attach no more than {AnswerFiles.MaxFiles} files"));
                    return;
                }

                foreach (var file in files)
                {
                    var refusal = AnswerFiles.WhyTooLarge(file.FileName, file.Length)
                        ?? (file.Content is null ? null : AnswerFiles.Check(file.FileName, file.Content).Refusal);
                    if (refusal is not null)
                    {
                        context.AddFailure(new ValidationFailure(nameof(Command.Files), refusal));
                    }
                }
            });
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, IOptions<RequestOptions> options) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!ConsultationToken.LooksValid(command.Token))
            {
                return false;
            }

            var hash = ConsultationToken.Hash(command.Token);
            var task = await db.ConsultationTasks.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
            if (task is null || !ConsultationToken.Matches(task.TokenHash, command.Token))
            {
                return false;
            }

            var request = await db.Requests.SingleAsync(r => r.Id == task.FoiRequestId, cancellationToken);
            var now = time.GetUtcNow();
            task.Answer(command.AnswerText, command.AnsweredBy, command.Files.Count, UkLocalDate.FromInstant(now), now.UtcDateTime);
            foreach (var file in command.Files)
            {
                var kind = AnswerFiles.Check(file.FileName, file.Content!).Kind!.Value;
                db.ConsultationFiles.Add(new ConsultationFile(task.Id, file.FileName, kind, file.Content!, now.UtcDateTime));
            }

            var files = command.Files.Count switch { 0 => string.Empty, 1 => " with 1 file", var n => $" with {n} files" };
            request.RecordCaseWork("ConsultationAnswered", $"{task.RecipientName} answered the consultation{files}", actor: null, now);
            var officer = await db.Users.AsNoTracking().Where(u => u.UserName == task.AskedBy && u.Email != null)
                .Select(u => new { Email = u.Email!, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
            if (officer is not null)
            {
                var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/staff/cases/{request.Id}/consultations/{task.Id}";
                db.OutboundEmails.Add(new OutboundEmail(
                    officer.Email,
                    officer.DisplayName,
                    $"Consultation answered: {request.Reference}",
                    $"{task.RecipientName} has answered your consultation on {request.Reference}.\n\nRead the answer: {link}\n",
                    now.UtcDateTime,
                    $"consultation-answered:{task.Id}",
                    []));
            }

            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
