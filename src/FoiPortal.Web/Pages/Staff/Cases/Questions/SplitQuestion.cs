using System.Text.RegularExpressions;
using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FoiPortal.Web.Pages.Staff.Cases.Questions;

/// <summary>
/// Split one question into two or more. The officer chooses where: each paragraph of the form (parts separated by a
/// blank line) becomes a question. The form starts with the parser's suggestion when the question has "a) b) c)" or
/// "Q1: Q2:" markers typed on one line, otherwise with the question as it is.
/// </summary>
public static partial class SplitQuestion
{
    [RequiresRole(StaffRoles.Officer, StaffRoles.Manager)]
    public sealed class Command : ICommand<int>, IStaffCommand
    {
        [BindNever]
        public int RequestId { get; set; }

        [BindNever]
        public int Number { get; set; }

        public Guid Version { get; set; }

        /// <summary>The parts, separated by blank lines.</summary>
        public string? Parts { get; set; }

        [BindNever]
        public string Actor { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Parts).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the parts of the question, with a blank line between parts")
                .Must(p => Paragraphs(p).Count >= 2).WithMessage("Put a blank line between the parts: the question must be split into at least 2 parts")
                .Must(p => Paragraphs(p).Count <= FoiRequest.MaxQuestions).WithMessage($"A request can have at most {FoiRequest.MaxQuestions} questions")
                .Must(p => Paragraphs(p).All(x => FoiRequest.WhyNotQuestionText(x) is null)).WithMessage($"Each part must be {RequestQuestion.TextMaxLength:N0} characters or fewer");
    }

    /// <summary>Returns the number of parts.</summary>
    public sealed class Handler(FoiDbContext db, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await CaseQuestions.LoadForChangeAsync(db, command.RequestId, command.Version, cancellationToken);
            var records = await CaseQuestions.RecordsAsync(db, command.RequestId, cancellationToken);
            var parts = Paragraphs(command.Parts);
            request.SplitQuestion(command.Number, parts, records, command.Actor, time.GetUtcNow());
            return parts.Count;
        }
    }

    /// <summary>The paragraphs of the form, each one part: split at blank lines.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) => string.IsNullOrWhiteSpace(text)
        ? []
        : [.. BlankLine().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal)).Select(p => p.Trim()).Where(p => p.Length > 0)];

    /// <summary>The form's starting text: the parser's parts when it finds markers, otherwise the question as it is.</summary>
    public static string Suggested(string question) => string.Join("\n\n", QuestionParser.Parse(question) is { Count: > 1 } parts ? parts : [question]);

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();
}
