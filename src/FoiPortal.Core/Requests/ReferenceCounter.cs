namespace FoiPortal.Core.Requests;

/// <summary>The last reference number issued in a scope (a year, or "all"). Incremented with one atomic UPDATE.</summary>
public sealed class ReferenceCounter
{
    public const int ScopeMaxLength = 20;

    public ReferenceCounter(string scope, int lastNumber)
    {
        Scope = scope;
        LastNumber = lastNumber;
    }

    public string Scope { get; private set; }

    public int LastNumber { get; private set; }
}
