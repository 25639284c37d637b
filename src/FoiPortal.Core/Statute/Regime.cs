namespace FoiPortal.Core.Statute;

/// <summary>The access regime a request is handled under; each has its own clock.</summary>
public enum Regime
{
    /// <summary>Freedom of Information Act 2000 (England, Wales, Northern Ireland, UK-wide bodies).</summary>
    Foia,

    /// <summary>Environmental Information Regulations 2004.</summary>
    Eir,

    /// <summary>Freedom of Information (Scotland) Act 2002.</summary>
    Foisa,
}
