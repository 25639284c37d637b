using System.Globalization;
using System.Text;
using System.Xml;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Web.DisclosureLog;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.DisclosureLog;

/// <summary>The 50 newest published entries as an Atom 1.0 feed (RFC 4287), for feed readers and the authority's own site.</summary>
[OutputCache(PolicyName = DisclosureLogCache.EntryPolicy)]
public sealed class FeedModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync() =>
        Content(await mediator.Send(new AtomFeed.Query()), "application/atom+xml; charset=utf-8");
}

public static class AtomFeed
{
    public const int MaxEntries = 50;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public sealed record Query : IQuery<string>;

    public sealed class Handler(FoiDbContext db, IOptions<RequestOptions> requests, IOptions<AuthorityOptions> authority, TimeProvider time)
        : IQueryHandler<Query, string>
    {
        public async ValueTask<string> Handle(Query query, CancellationToken cancellationToken)
        {
            var entries = await db.DisclosureLogEntries.AsNoTracking()
                .Where(e => e.State == EntryState.Published)
                .OrderByDescending(e => e.PublishedAtUtc).ThenByDescending(e => e.Id)
                .Take(MaxEntries)
                .Select(e => new { e.Slug, e.Title, e.Reference, e.Topic, e.Outcome, e.PublishedAtUtc, e.UpdatedAtUtc, Request = e.RequestText.Substring(0, 1000) })
                .ToListAsync(cancellationToken);

            var site = requests.Value.PublicBaseUrl.TrimEnd('/');
            var name = authority.Value.Name;
            var builder = new StringBuilder();
            var settings = new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, Async = false };
            using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), settings))
            {
                writer.WriteStartDocument();
                writer.WriteStartElement("feed", AtomNamespace);
                writer.WriteAttributeString("xml", "lang", null, "en-GB");
                writer.WriteElementString("id", AtomNamespace, $"{site}/disclosure-log");
                writer.WriteElementString("title", AtomNamespace, $"Disclosure log: {name}");
                writer.WriteElementString("subtitle", AtomNamespace, "Responses to Freedom of Information requests, newest first");
                var updated = entries.Count == 0 ? time.GetUtcNow().UtcDateTime : entries.Max(e => e.UpdatedAtUtc ?? e.PublishedAtUtc!.Value);
                writer.WriteElementString("updated", AtomNamespace, Rfc3339(updated));
                Link(writer, "self", "application/atom+xml", $"{site}/disclosure-log/feed.atom");
                Link(writer, "alternate", "text/html", $"{site}/disclosure-log");
                writer.WriteStartElement("author", AtomNamespace);
                writer.WriteElementString("name", AtomNamespace, name);
                writer.WriteEndElement();
                foreach (var e in entries)
                {
                    var address = $"{site}/disclosure-log/{e.Slug}";
                    writer.WriteStartElement("entry", AtomNamespace);
                    writer.WriteElementString("id", AtomNamespace, address);
                    writer.WriteElementString("title", AtomNamespace, $"{e.Title} ({e.Reference})");
                    Link(writer, "alternate", "text/html", address);
                    writer.WriteElementString("published", AtomNamespace, Rfc3339(e.PublishedAtUtc!.Value));
                    writer.WriteElementString("updated", AtomNamespace, Rfc3339(e.UpdatedAtUtc ?? e.PublishedAtUtc!.Value));
                    writer.WriteStartElement("category", AtomNamespace);
                    writer.WriteAttributeString("term", e.Topic);
                    writer.WriteEndElement();
                    writer.WriteStartElement("summary", AtomNamespace);
                    writer.WriteAttributeString("type", "text");
                    writer.WriteString($"{e.Outcome.Describe()}. {Summary(e.Request)}");
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndDocument();
            }

            return builder.ToString();
        }

        private static void Link(XmlWriter writer, string rel, string type, string href)
        {
            writer.WriteStartElement("link", AtomNamespace);
            writer.WriteAttributeString("rel", rel);
            writer.WriteAttributeString("type", type);
            writer.WriteAttributeString("href", href);
            writer.WriteEndElement();
        }

        private static string Rfc3339(DateTime utc) =>
            DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        // The request's opening words: enough to tell entries apart in a reader. Control characters XML cannot carry are dropped.
        private static string Summary(string request)
        {
            var plain = string.Join(' ', ResponseText.ToPlainText(request).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var cut = plain.Length > 300 ? plain.LastIndexOf(' ', 300) : -1;
            var text = plain.Length <= 300 ? plain : (cut > 0 ? plain[..cut] : plain[..300]) + "…";
            return new string(text.Where(XmlConvert.IsXmlChar).ToArray());
        }
    }

    /// <summary>A StringWriter that reports UTF-8, so the XML declaration says encoding="utf-8" like the response.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
