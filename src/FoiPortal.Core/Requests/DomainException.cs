namespace FoiPortal.Core.Requests;

/// <summary>A rule of the domain was broken (e.g. an illegal status change). Pages show it as a clear message, never a stack trace.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException()
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
