namespace FoiPortal.Core.Statute;

/// <summary>A clock event that cannot happen at that point in a request's life, or that the regime does not allow.</summary>
public sealed class InvalidClockEventException : ArgumentException
{
    public InvalidClockEventException()
    {
    }

    public InvalidClockEventException(string message)
        : base(message)
    {
    }

    public InvalidClockEventException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InvalidClockEventException(ClockEvent clockEvent, string message)
        : base(message, "events") => Event = clockEvent;

    /// <summary>The offending event, when there is one.</summary>
    public ClockEvent? Event { get; }
}
