using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Web.Infrastructure.Mediation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.DisclosureLog;

/// <summary>A file to publish with an entry, as uploaded.</summary>
/// <param name="Title">What the file is ("Response letter", a dataset's title), or null to make words from its name.</param>
public sealed record NewAttachment(string FileName, string ContentType, byte[] Content, string? Title = null);

/// <summary>
/// The exemptions catalogue for the log: the seeded default, read-only here (keys are checked against it and the
/// public pages show its titles). Admin edits to wording do not change keys or titles the log relies on.
/// </summary>
public static class LogCatalogue
{
    public static ExemptionCatalogue Instance { get; } = ExemptionCatalogue.CreateDefault();
}

/// <summary>Shared by the entry commands: the requester to check for, the entry to change, the cache to clear after commit.</summary>
internal static class EntryChanges
{
    public const string InvalidateKey = "disclosure-log-cache";

    public static async Task<DisclosureLogEntry> LoadAsync(FoiDbContext db, int entryId, CancellationToken cancellationToken) =>
        await db.DisclosureLogEntries.Include(e => e.Attachments).Include(e => e.Events).SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken)
        ?? throw new DomainException("This disclosure log entry no longer exists");

    /// <summary>
    /// The entry, refused when it has changed since the form was shown (<paramref name="seenStamp"/>, when the form
    /// posted one): the officer decided on what they saw. Setting the original value makes the UPDATE check it too.
    /// </summary>
    public static async Task<DisclosureLogEntry> LoadForChangeAsync(FoiDbContext db, int entryId, Guid? seenStamp, CancellationToken cancellationToken)
    {
        var entry = await LoadAsync(db, entryId, cancellationToken);
        if (seenStamp is { } seen)
        {
            if (entry.ConcurrencyStamp != seen)
            {
                throw new DbUpdateConcurrencyException("The disclosure log entry changed since the page was loaded.");
            }

            db.Entry(entry).Property(e => e.ConcurrencyStamp).OriginalValue = seen;
        }

        return entry;
    }

    /// <summary>The case's requester, for an entry prepared from a case; nothing to look for otherwise (or once retention has removed them).</summary>
    public static async Task<RequesterIdentity> RequesterOfAsync(FoiDbContext db, int? foiRequestId, CancellationToken cancellationToken)
    {
        if (foiRequestId is not { } id)
        {
            return RequesterIdentity.None;
        }

        return await db.Requests.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new RequesterIdentity(r.Requester.Name, r.Requester.Email, r.Requester.PostalAddress))
            .SingleOrDefaultAsync(cancellationToken) ?? RequesterIdentity.None;
    }

    public static IEnumerable<DisclosureAttachment> Files(IEnumerable<NewAttachment> attachments) =>
        attachments.Select(a => DisclosureAttachment.Create(a.FileName, a.ContentType, a.Content, a.Title));

    public static void InvalidateAfterCommit(AfterCommit afterCommit, IDisclosureLogCache cache) =>
        afterCommit.Add(InvalidateKey, cache.InvalidateAsync);

    /// <summary>The topic must be one of the authority's configured topics (stored with the configured spelling).</summary>
    public static IRuleBuilderOptions<T, EntryContent> HasConfiguredTopic<T>(this IRuleBuilder<T, EntryContent> rule, DisclosureLogOptions options) =>
        rule.Must(c => options.FindTopic(c.Topic) is not null)
            .WithMessage($"Select a topic from the list: {string.Join(", ", options.EffectiveTopics)}");

    public static EntryContent WithConfiguredTopic(EntryContent content, DisclosureLogOptions options) =>
        content with { Topic = options.FindTopic(content.Topic) ?? content.Topic };
}

/// <summary>Prepares a draft entry (not public). Its address is made from the title and reference, numbered if taken.</summary>
public static class PrepareEntry
{
    public sealed record Command(EntryContent Content, int? FoiRequestId, IReadOnlyList<NewAttachment> Attachments, string PreparedBy) : ICommand<int>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<DisclosureLogOptions> options)
        {
            RuleFor(c => c.Content).HasConfiguredTopic(options.Value);
            RuleFor(c => c.PreparedBy).NotEmpty();
        }
    }

    public sealed class Handler(FoiDbContext db, TimeProvider time, IOptions<DisclosureLogOptions> options) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken) =>
            await CreateAsync(db, EntryChanges.WithConfiguredTopic(command.Content, options.Value), command.FoiRequestId, command.Attachments, command.PreparedBy,
                time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>Adds the draft and saves it (for its id); the caller's unit of work commits.</summary>
    public static async Task<int> CreateAsync(
        FoiDbContext db, EntryContent content, int? foiRequestId, IReadOnlyList<NewAttachment> attachments, string preparedBy, DateTime now, CancellationToken cancellationToken)
    {
        var slug = await FreeSlugAsync(db, EntrySlug.Create(content.Title, content.Reference), cancellationToken);
        var entry = DisclosureLogEntry.CreateDraft(content, slug, foiRequestId, LogCatalogue.Instance, preparedBy, now);
        foreach (var file in EntryChanges.Files(attachments))
        {
            entry.AddAttachment(file, preparedBy, now);
        }

        db.DisclosureLogEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }

    private static async Task<string> FreeSlugAsync(FoiDbContext db, string slug, CancellationToken cancellationToken)
    {
        var taken = await db.DisclosureLogEntries.Where(e => e.Slug.StartsWith(slug)).Select(e => e.Slug).ToListAsync(cancellationToken);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = EntrySlug.WithSuffix(slug, n);
        }

        return candidate;
    }
}
