using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Claims;
using FoiPortal.Core.Staff;
using Mediator;

namespace FoiPortal.Web.Infrastructure.Mediation;

/// <summary>
/// A command done by a member of staff. The pipeline (<see cref="ActorBehavior{TMessage, TResponse}"/>) fills
/// <see cref="Actor"/> with the signed-in user's name before the handler runs, so no page model reads
/// <c>User.Identity</c> and no audit entry can say "unknown". Bind it never: a form cannot choose who acts.
/// </summary>
public interface IStaffCommand
{
    /// <summary>The user name of the member of staff doing this (set by the pipeline).</summary>
    string Actor { get; set; }
}

/// <summary>The roles allowed to send a command; without it any staff role may (<see cref="StaffRoles.All"/>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>Who is doing the current work: the signed-in member of staff, or nobody (a public visitor, a job).</summary>
public interface ICurrentStaff
{
    /// <summary>The signed-in user's name, or null.</summary>
    string? UserName { get; }

    bool IsInRole(string role);
}

public sealed class HttpCurrentStaff(IHttpContextAccessor accessor) : ICurrentStaff
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string? UserName => User?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;

    public bool IsInRole(string role) => User?.IsInRole(role) == true;
}

/// <summary>The signed-in member of staff may not do this (403).</summary>
public sealed class StaffForbiddenException(string message) : Exception(message);

/// <summary>
/// Second in the pipeline, after logging: for an <see cref="IStaffCommand"/>, fills in the actor from the signed-in
/// member of staff and checks the command's roles (<see cref="RequiresRoleAttribute"/>). Outside a web request (the
/// Development seeder, a test sending a command directly) the command must already name its actor.
/// </summary>
public sealed class ActorBehavior<TMessage, TResponse>(ICurrentStaff staff) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IStaffCommand command)
        {
            StaffAuthorisation.Authorise(command, staff);
        }

        return next(message, cancellationToken);
    }
}

/// <summary>Who may send a staff command, and who it is done by.</summary>
public static class StaffAuthorisation
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> RolesByType = new();

    /// <summary>Whether <paramref name="user"/> may send <typeparamref name="TCommand"/>: for a page deciding whether to offer it.</summary>
    public static bool May<TCommand>(ClaimsPrincipal user)
        where TCommand : IStaffCommand =>
        RolesFor(typeof(TCommand)).Any(user.IsInRole);

    private static IReadOnlyList<string> RolesFor(Type command) =>
        RolesByType.GetOrAdd(command, t => t.GetCustomAttribute<RequiresRoleAttribute>()?.Roles ?? StaffRoles.All);

    /// <summary>Sets <see cref="IStaffCommand.Actor"/> or throws <see cref="StaffForbiddenException"/>.</summary>
    public static void Authorise(IStaffCommand command, ICurrentStaff staff)
    {
        if (staff.UserName is { } userName)
        {
            var roles = RolesFor(command.GetType());
            if (!roles.Any(staff.IsInRole))
            {
                throw new StaffForbiddenException($"Only {string.Join(" or ", roles.Select(r => r.ToLowerInvariant() + "s"))} can do this.");
            }

            command.Actor = userName;
            return;
        }

        if (string.IsNullOrWhiteSpace(command.Actor))
        {
            throw new StaffForbiddenException("Sign in as a member of staff to do this.");
        }
    }
}
