using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Requests;

/// <summary>
/// The regime a new request starts under: the authority's own access law. FOIA for public authorities in England,
/// Wales and Northern Ireland (and UK-wide bodies); FOISA for Scottish public authorities (FOISA s.3). The EIR are
/// chosen by what the information is about (EIR reg 2(1)), never by who holds it, so they cannot be a default;
/// the officer moves a request to the EIR (or between FOIA and FOISA) at triage.
/// </summary>
public static class IntakeRegime
{
    /// <summary>Null when <paramref name="regime"/> may be the authority's default; otherwise a GOV.UK sentence saying why not.</summary>
    public static string? WhyNotDefault(Regime regime) => regime switch
    {
        Regime.Foia or Regime.Foisa => null,
        Regime.Eir => "The EIR cannot be the default regime: they apply because of what the information is about (EIR regulation 2(1)), so an officer chooses them at triage. Set the default to FOIA or FOISA",
        _ => $"{regime} is not a regime a request can be handled under. Set the default to FOIA or FOISA",
    };
}
