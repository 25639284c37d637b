using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Infrastructure.Mediation;
using FoiPortal.Web.Infrastructure.TagHelpers;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Admin.Staff;

public sealed class InviteModel(IMediator mediator, OutboxSignal outbox) : PageModel
{
    [BindProperty]
    public InviteStaff.Command Data { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public static IReadOnlyList<RadioItem> RoleOptions { get; } =
    [
        new(StaffRoles.Officer, "Officer", "Handles requests: case work, costs, exemptions and responses."),
        new(StaffRoles.Manager, "Manager", "Everything an officer does, and signs off decisions."),
        new(StaffRoles.Admin, "Administrator", "Runs staff accounts, the calendar and the exemption catalogue. Sees no case work."),
    ];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Notice = $"Invitation sent to {await mediator.Send(Data)}";
        outbox.Notify();
        return RedirectToPage("/Staff/Admin/Staff/Index");
    }
}

/// <summary>
/// An admin invites a member of staff: the account is created without a password, and a single-use link valid for
/// 24 hours is emailed through the outbox (only its hash is stored). Inviting an email whose invitation is still
/// open, or has expired, sends a new link and the old one stops working.
/// </summary>
public static class InviteStaff
{
    [RequiresRole(StaffRoles.Admin)]
    public sealed class Command : ICommand<string>, IStaffCommand
    {
        [BindNever]
        public string Actor { get; set; } = string.Empty;

        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Role { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter their full name")
                .MaximumLength(StaffUser.DisplayNameMaxLength).WithMessage($"Full name must be {StaffUser.DisplayNameMaxLength} characters or fewer");
            RuleFor(c => c.Email).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter their work email address")
                .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer")
                .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
            RuleFor(c => c.Role).Must(StaffRoles.IsRole).WithMessage("Select a role");
        }
    }

    public sealed class Handler(FoiDbContext db, UserManager<StaffUser> users, TimeProvider time, IOptions<RequestOptions> site) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var email = command.Email!.Trim();
            var user = await users.FindByEmailAsync(email);
            var again = user is not null;
            if (user is not null && (user.PasswordHash is not null || user.DisabledAtUtc is not null))
            {
                throw new DomainException("A member of staff with this email address already has an account");
            }

            var (token, hash) = InviteToken.Create();
            if (user is null)
            {
                user = new StaffUser { UserName = email, Email = email, DisplayName = command.Name!.Trim() };
                StaffAccount.ThrowIfFailed(await users.CreateAsync(user));
                StaffAccount.ThrowIfFailed(await users.AddToRoleAsync(user, command.Role!));
            }

            user.InviteTokenHash = hash;
            user.InviteExpiresAtUtc = (now + InviteToken.Lifetime).UtcDateTime;
            StaffAccount.ThrowIfFailed(await users.UpdateAsync(user));
            db.StaffAuditEntries.Add(new StaffAuditEntry(user.Id, StaffAuditAction.Invited, again ? "Invitation sent again; the earlier link no longer works" : $"Invited as {command.Role}", command.Actor, now.UtcDateTime));
            var link = $"{site.Value.PublicBaseUrl.TrimEnd('/')}/staff/sign-in/invitation/{token}";
            db.OutboundEmails.Add(new OutboundEmail(
                email,
                user.DisplayName,
                "You have been invited to Freedom of Information case work",
                $"Dear {user.DisplayName},\n\nYou have been invited to sign in to Freedom of Information case work.\n\n"
                + $"Use this link to choose your password and set up two-factor sign-in with an app on your phone:\n{link}\n\n"
                + "The link works once and stops working after 24 hours. If it has expired, ask an administrator to invite you again.\n\n"
                + "If you were not expecting this email, you can ignore it.\n\nFreedom of Information team",
                now.UtcDateTime));
            return email;
        }
    }
}
