using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.Regulator;

/// <summary>A form about one complaint of the case: the complaint comes from the route, never the form.</summary>
public abstract class ComplaintCommand : CaseCommand
{
    [BindNever]
    public int ComplaintId { get; set; }
}

public static class ComplaintCommands
{
    /// <summary>The form for complaint <paramref name="complaintId"/> of case <paramref name="requestId"/>, both from the route.</summary>
    public static TCommand For<TCommand>(this TCommand command, int requestId, int complaintId)
        where TCommand : ComplaintCommand
    {
        ArgumentNullException.ThrowIfNull(command);
        command.RequestId = requestId;
        command.ComplaintId = complaintId;
        return command;
    }
}

/// <summary>Rules the regulator forms share: a real date not in the future, and free text without control characters.</summary>
public static class RegulatorForms
{
    /// <summary>A real date, today or in the past.</summary>
    public static void PastDate<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, DateInput>> field, string label, string enter, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(field).Custom((input, context) =>
        {
            if (input.Problem(label, enter) is { } problem)
            {
                context.AddFailure(problem);
            }
            else if (input.ToDate() > UkTime.Today(time))
            {
                context.AddFailure($"{label} must be today or in the past");
            }
        });
    }

    /// <summary>A real date (any day).</summary>
    public static void RealDate<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, DateInput>> field, string label, string enter)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(field).Custom((input, context) =>
        {
            if (input.Problem(label, enter) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
    }

    /// <summary>Loads the complaint being changed, with its deadlines, if it is the case's own.</summary>
    public static async Task<Core.Regulator.RegulatorComplaint> LoadComplaintAsync(this FoiDbContext db, int requestId, int complaintId, CancellationToken cancellationToken) =>
        await db.RegulatorComplaints.Include(c => c.Deadlines).SingleOrDefaultAsync(c => c.Id == complaintId && c.FoiRequestId == requestId, cancellationToken)
            ?? throw new Core.Requests.DomainException("There is no such complaint on this case.");
}
