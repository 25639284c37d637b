using FluentValidation;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Requests;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Infrastructure.Validation;

/// <summary>
/// Turns a failed command into a re-rendered page: errors go into ModelState under the bound form property
/// (<c>Data.*</c>), in the validator's field order, and the page is shown again with status 400 and a GOV.UK error summary.
/// What the user typed is still bound, so nothing is lost. Works without JavaScript.
/// </summary>
public sealed class ValidationExceptionFilter : IAsyncPageFilter
{
    /// <summary>Page models bind their form to a property of this name.</summary>
    public const string FormPrefix = "Data";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            return;
        }

        if (executed.Exception is Mediation.StaffForbiddenException forbidden)
        {
            // The pipeline refused the command for this member of staff's role: the page again, saying so, with 403.
            GovUkErrors.Set(context.HttpContext, [new FieldError(string.Empty, forbidden.Message)]);
            context.ModelState.AddModelError(string.Empty, forbidden.Message);
            executed.ExceptionHandled = true;
            executed.Result = new PageResult { StatusCode = StatusCodes.Status403Forbidden };
            return;
        }

        var errors = executed.Exception switch
        {
            ValidationException validation => validation.Errors.Select(e => new FieldError(Key(e.PropertyName), e.ErrorMessage)).ToList(),
            DomainException domain => [new FieldError(string.Empty, domain.Message)],
            // A response that cannot be sent (or published): every reason, each linked to where it is fixed.
            Core.Responses.SendRefusedException refused => [.. refused.Problems.Select(p => new FieldError(string.Empty, p.Message, p.FixAt.Length == 0 ? null : p.FixAt))],
            // Publication refused: every place the requester's details were found, so all can be removed at once; a
            // finding in a field links to that field when the page knows where it is edited.
            PersonalDataFoundException found => [new FieldError(string.Empty, found.Message),
                .. found.Findings.Select(f => new FieldError(string.Empty, f.Message, (context.HandlerInstance as IPersonalDataLinks)?.LinkTo(f)))],
            DbUpdateConcurrencyException => [new FieldError(string.Empty, (context.HandlerInstance as IConcurrencyMessage)?.ConcurrencyMessage
                ?? "Someone else changed this request while you were working on it. Your changes were not saved: reload the page and try again.")],
            _ => null,
        };
        if (errors is null)
        {
            return;
        }

        foreach (var error in errors)
        {
            context.ModelState.AddModelError(error.Key, error.Message);
        }

        GovUkErrors.Set(context.HttpContext, errors);
        executed.ExceptionHandled = true;
        executed.Result = new PageResult { StatusCode = executed.Exception is DbUpdateConcurrencyException ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest };
    }

    private static string Key(string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? string.Empty : $"{FormPrefix}.{propertyName}";
}

/// <summary>One error for the summary: the ModelState key (the field) and the GOV.UK sentence; <paramref name="Href"/> links elsewhere than the field on this page.</summary>
public sealed record FieldError(string Key, string Message, string? Href = null);

/// <summary>A page whose stale-form message is not about a request (e.g. a disclosure log entry).</summary>
public interface IConcurrencyMessage
{
    string ConcurrencyMessage { get; }
}

/// <summary>A page that knows where each place a personal-data finding names is edited (a field on it, or on another page).</summary>
public interface IPersonalDataLinks
{
    /// <summary>The link for the error summary, or null when the finding is not in a field (an attachment).</summary>
    string? LinkTo(FoiPortal.Core.DisclosureLog.PersonalDataFinding finding);
}

/// <summary>Keeps errors in the order they were found, since ModelState does not keep order.</summary>
public static class GovUkErrors
{
    private const string ItemKey = "govuk-errors";

    public static void Set(HttpContext context, IReadOnlyList<FieldError> errors) => context.Items[ItemKey] = errors;

    public static IReadOnlyList<FieldError> Get(HttpContext context, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        var ordered = context.Items.TryGetValue(ItemKey, out var value) && value is IReadOnlyList<FieldError> list ? list.ToList() : [];
        // Add anything else (e.g. model binding errors) after the validator's errors, one per field.
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count > 0 && ordered.TrueForAll(e => e.Key != key))
            {
                ordered.Add(new FieldError(key, entry.Errors[0].ErrorMessage));
            }
        }

        // One message per field; messages for the page as a whole (no field) are all kept, once each.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ordered.Where(e => seen.Add(e.Key.Length == 0 ? "\0" + e.Message + e.Href : e.Key)).ToList();
    }
}
