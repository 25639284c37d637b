namespace FoiPortal.Web.Pages.DisclosureLog;

/// <summary>One filter of the log's search form, as a GOV.UK select with an "all" option first.</summary>
public sealed record FilterSelect(string Name, string Label, string AllText, IReadOnlyList<SearchLog.Choice> Choices, string? Selected);
