using Mediator;

namespace FoiPortal.Web.Infrastructure.Mediation;

/// <summary>Told, after the transaction has committed, that a member of staff's own command succeeded (e.g. to drop their cached views).</summary>
public interface IAfterStaffCommand
{
    void Committed(string actor);
}

/// <summary>
/// Between validation and <see cref="AfterCommitBehavior{TMessage, TResponse}"/>: for an <see cref="IStaffCommand"/>,
/// queues the <see cref="IAfterStaffCommand"/> hooks with <see cref="AfterCommit"/>, keyed on the actor, so they run
/// once the command's transaction has committed and never for a command that failed.
/// </summary>
public sealed class StaffCommandCommittedBehavior<TMessage, TResponse>(AfterCommit afterCommit, IEnumerable<IAfterStaffCommand> hooks)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IStaffCommand { Actor: { Length: > 0 } actor })
        {
            var toTell = hooks.ToList();
            afterCommit.Add($"staff-command-committed|{actor}", _ =>
            {
                foreach (var hook in toTell)
                {
                    hook.Committed(actor);
                }

                return Task.CompletedTask;
            });
        }

        return next(message, cancellationToken);
    }
}
