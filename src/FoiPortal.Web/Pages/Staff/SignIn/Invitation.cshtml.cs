using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Data;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.SignIn;

/// <summary>The emailed invitation link: choose a password, then set up two-factor sign-in.</summary>
[EnableRateLimiting(SignInThrottle.PerAddressPolicy)]
public sealed class InvitationModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public AcceptInvitation.Command Data { get; set; } = new();

    public AcceptInvitation.Invitee? Invitee { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(string token) => (Invitee, Problem) = await mediator.Send(new AcceptInvitation.Query(token));

    public async Task<IActionResult> OnPostAsync(string token)
    {
        (Invitee, Problem) = await mediator.Send(new AcceptInvitation.Query(token));
        if (Invitee is null)
        {
            return Page();
        }

        Data.Token = token;
        await mediator.Send(Data);
        return RedirectToPage("/Staff/SignIn/SetUp");
    }
}

public static class AcceptInvitation
{
    public sealed record Invitee(string Name, string Email);

    public sealed record Query(string Token) : IQuery<(Invitee? Invitee, string? Problem)>;

    public sealed class QueryHandler(FoiDbContext db, TimeProvider time) : IQueryHandler<Query, (Invitee? Invitee, string? Problem)>
    {
        public async ValueTask<(Invitee? Invitee, string? Problem)> Handle(Query query, CancellationToken cancellationToken)
        {
            var user = await FindAsync(db, query.Token, cancellationToken);
            return InviteToken.WhyNotUsable(user, time.GetUtcNow()) is { } problem
                ? (null, problem)
                : (new Invitee(user!.DisplayName, user.Email ?? string.Empty), null);
        }
    }

    internal static async Task<StaffUser?> FindAsync(FoiDbContext db, string token, CancellationToken ct)
    {
        if (!InviteToken.LooksValid(token))
        {
            return null;
        }

        var hash = InviteToken.Hash(token);
        return await db.Users.SingleOrDefaultAsync(u => u.InviteTokenHash == hash, ct);
    }

    public sealed class Command : ICommand
    {
        [BindNever]
        public string Token { get; set; } = string.Empty;

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Password).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter a password")
                .Must(p => PasswordRules.WhyNotAcceptable(p, null) is null).WithMessage(c => PasswordRules.WhyNotAcceptable(c.Password, null)!);
            RuleFor(c => c.ConfirmPassword).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the password again")
                .Equal(c => c.Password).WithMessage("The passwords do not match");
        }
    }

    /// <summary>The link works once: its hash is cleared as the password is set.</summary>
    public sealed class Handler(FoiDbContext db, StaffSignIn flow) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await FindAsync(db, command.Token, cancellationToken);
            if (InviteToken.WhyNotUsable(user, flow.Now) is { } problem)
            {
                throw new Core.Requests.DomainException(problem);
            }

            var result = await flow.Users.AddPasswordAsync(user!, command.Password!);
            if (!result.Succeeded)
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.Password), result.Errors.First().Description)]);
            }

            user!.InviteTokenHash = null;
            user.InviteExpiresAtUtc = null;
            user.EmailConfirmed = true;
            await flow.Users.UpdateAsync(user);
            db.StaffAuditEntries.Add(new StaffAuditEntry(user.Id, StaffAuditAction.InvitationAccepted, "Invitation accepted; password chosen", user.UserName ?? user.Id, flow.Now.UtcDateTime));
            await PendingSignIn.StartAsync(flow.Context, user, mustSetUp: true);
            return Unit.Value;
        }
    }
}
