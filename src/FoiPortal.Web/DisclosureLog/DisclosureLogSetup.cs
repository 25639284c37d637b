using Microsoft.Extensions.Options;

namespace FoiPortal.Web.DisclosureLog;

/// <summary>
/// The disclosure log's services: options, the search for the configured database, and the output cache of its public
/// pages; and the staff case search (issue 18), which shares the per-database choice.
/// </summary>
public static class DisclosureLogSetup
{
    public static void AddDisclosureLog(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<DisclosureLogOptions>(builder.Configuration.GetSection(DisclosureLogOptions.Section));
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        if (provider.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            services.AddScoped<DisclosureLogSearchBase, SqlServerDisclosureLogSearch>();
            services.AddScoped<Pages.Staff.Cases.ICaseSearch, Pages.Staff.Cases.SqlServerCaseSearch>();
        }
        else
        {
            services.AddScoped<DisclosureLogSearchBase, SqliteDisclosureLogSearch>();
            services.AddScoped<Pages.Staff.Cases.ICaseSearch, Pages.Staff.Cases.SqliteCaseSearch>();
        }

        services.AddSingleton<SearchResultCache>();
        services.AddScoped<IDisclosureLogSearch, CachedDisclosureLogSearch>();

        services.AddSingleton<IDisclosureLogCache, DisclosureLogCache>();
        var seconds = builder.Configuration.GetValue($"{DisclosureLogOptions.Section}:{nameof(DisclosureLogOptions.CacheSeconds)}", new DisclosureLogOptions().CacheSeconds);
        services.AddOutputCache(o => DisclosureLogCache.AddPolicies(o, TimeSpan.FromSeconds(Math.Max(1, seconds))));
        services.AddSingleton<IValidateOptions<DisclosureLogOptions>, DisclosureLogOptionsValidation>();
    }
}

/// <summary>Topics must be distinct, non-empty and short enough to store; checked at start.</summary>
internal sealed class DisclosureLogOptionsValidation : IValidateOptions<DisclosureLogOptions>
{
    public ValidateOptionsResult Validate(string? name, DisclosureLogOptions options)
    {
        var topics = options.EffectiveTopics;
        if (topics.Any(t => string.IsNullOrWhiteSpace(t) || t.Trim().Length > Core.DisclosureLog.DisclosureLogEntry.TopicMaxLength))
        {
            return ValidateOptionsResult.Fail($"DisclosureLog:Topics must each be 1 to {Core.DisclosureLog.DisclosureLogEntry.TopicMaxLength} characters.");
        }

        if (topics.Select(Core.DisclosureLog.EntrySlug.Words).Distinct(StringComparer.Ordinal).Count() != topics.Count)
        {
            return ValidateOptionsResult.Fail("DisclosureLog:Topics must be distinct (ignoring case and punctuation).");
        }

        return options.CacheSeconds < 0 || options.SearchCacheSeconds < 0
            ? ValidateOptionsResult.Fail("DisclosureLog:CacheSeconds and DisclosureLog:SearchCacheSeconds must be 0 or more.")
            : ValidateOptionsResult.Success;
    }
}
