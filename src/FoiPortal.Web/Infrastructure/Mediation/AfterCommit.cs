using FoiPortal.Core.Data;
using Mediator;

namespace FoiPortal.Web.Infrastructure.Mediation;

/// <summary>
/// Work a command handler wants done only once its transaction has committed, such as evicting cached public pages:
/// done earlier, a reader could cache the old state again before the commit. Scoped: one list per request.
/// </summary>
public sealed class AfterCommit
{
    private readonly Dictionary<string, Func<CancellationToken, Task>> _actions = new(StringComparer.Ordinal);

    /// <summary>Adds an action under a key; the same key twice (e.g. a retried transaction) runs once.</summary>
    public void Add(string key, Func<CancellationToken, Task> action) => _actions[key] = action;

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var actions = _actions.Values.ToList();
        _actions.Clear();
        foreach (var action in actions)
        {
            await action(cancellationToken);
        }
    }

    internal void Discard() => _actions.Clear();
}

/// <summary>Between validation and the unit of work: runs <see cref="AfterCommit"/> actions when the command's transaction has committed.</summary>
public sealed class AfterCommitBehavior<TMessage, TResponse>(AfterCommit afterCommit, FoiDbContext db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch
        {
            afterCommit.Discard();
            throw;
        }

        // A command sent from inside another command's transaction leaves its actions for the outer one to run.
        if (db.Database.CurrentTransaction is null)
        {
            await afterCommit.RunAsync(cancellationToken);
        }

        return response;
    }
}
