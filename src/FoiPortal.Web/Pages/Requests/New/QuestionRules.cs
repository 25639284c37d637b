using FluentValidation;
using FoiPortal.Core.Requests;

namespace FoiPortal.Web.Pages.Requests.New;

/// <summary>The numbered-questions rule shared by the public form and the staff form for logging a request.</summary>
public static class QuestionRules
{
    /// <param name="subject">How the message names the request: "Your request" or "The request".</param>
    public static IRuleBuilderOptionsConditions<T, string?> MustBeValidQuestions<T>(this IRuleBuilder<T, string?> rule, string subject) =>
        rule.Custom((text, context) =>
        {
            if (!TextRules.IsMultiLine(text))
            {
                context.AddFailure($"{subject} must not include hidden or control characters");
                return;
            }

            var questions = QuestionParser.Parse(text);
            if (questions.Count > FoiRequest.MaxQuestions)
            {
                context.AddFailure($"{subject} must have {FoiRequest.MaxQuestions} questions or fewer. You can make another request for the rest");
                return;
            }

            var tooLong = questions.Select((q, i) => (q, n: i + 1)).FirstOrDefault(x => x.q.Length > RequestQuestion.TextMaxLength);
            if (tooLong.q is not null)
            {
                context.AddFailure(questions.Count == 1
                    ? $"{subject} must be {RequestQuestion.TextMaxLength:N0} characters or fewer"
                    : $"Question {tooLong.n} must be {RequestQuestion.TextMaxLength:N0} characters or fewer");
            }
        });
}
