using System.Globalization;
using AngleSharp.Dom;
using FoiPortal.Core.Data;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Retention;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Pages.Staff.Cases;
using FoiPortal.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FoiPortal.Web.Tests;

/// <summary>
/// Issue 18 "Find": the staff search on /staff/cases?q= over reference, title, questions and requester, with word
/// forms, ranking, highlighting, the queue's filters and paging, and the retention purge. Real SQLite file, real FTS5.
/// Each test uses words of its own (made-up or rare) so the seeded cases and other tests never match.
/// </summary>
public sealed class CaseSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "officer@foiportal.test";

    private Task<int> AddAsync(string reference, string title, string[] questions, string name = "Pat Requester", string email = "pat@example.org", Regime regime = Regime.Foia, DateTimeOffset? received = null, Action<FoiRequest>? act = null) =>
        factory.WithDbAsync(async db =>
        {
            var request = FoiRequest.Submit(reference, new Requester(name, email, null), title, questions, PreferredFormat.Email, Channel.Web,
                received ?? DateTimeOffset.UtcNow.AddDays(-2), regime == Regime.Foisa ? WorkingDayCalendar.Scotland() : WorkingDayCalendar.UnitedKingdom(), TrackingToken.Create().Hash, regime);
            act?.Invoke(request);
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

    private async Task<HttpClient> OfficerAsync()
    {
        var client = factory.CreateBrowserLikeClient();
        await Journey.SignInAsync(client, Officer);
        return client;
    }

    private static Task<AngleSharp.Html.Dom.IHtmlDocument> SearchAsync(HttpClient client, string q, string extra = "") =>
        Html.GetAsync(client, $"/staff/cases?q={Uri.EscapeDataString(q)}{extra}");

    private static List<string> References(IDocument page) =>
        [.. page.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-reference")!)];

    private static List<string> Marked(IDocument page) =>
        [.. page.QuerySelectorAll("tbody strong.app-search-match").Select(m => m.TextContent)];

    [Fact]
    public async Task FindsAWordInAQuestion_AndMarksItInTheExcerpt()
    {
        await AddAsync("SRCH/Q1", "Recorded incidents", ["How many incidents involved a quokka in 2024?", "What did they cost?"]);
        await AddAsync("SRCH/Q2", "Recorded incidents", ["How many incidents involved a wombat?"]);
        var officer = await OfficerAsync();

        var page = await SearchAsync(officer, "quokka");

        Assert.Equal(["SRCH/Q1"], References(page));
        Assert.Equal(["quokka"], Marked(page));
        Assert.Contains("How many incidents involved a quokka", page.QuerySelector("tbody .app-search-excerpt")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("groomed", "Grooming")] // the seeded demo case 62A/23, "Online Grooming": porter stemming
    [InlineData("GROOMS", "Grooming")]
    public async Task FindsOtherFormsOfAWord_AndMarksTheFormFound(string typed, string marked)
    {
        var officer = await OfficerAsync();

        var page = await SearchAsync(officer, typed);

        Assert.Contains("62A/23", References(page));
        var row = page.QuerySelector("tbody tr[data-reference='62A/23']")!;
        Assert.Contains(marked, row.QuerySelectorAll("strong.app-search-match").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Knives_FindsKnife_AndTheReverse()
    {
        await AddAsync("SRCH/K1", "Knife seizures near Quarrybank", ["How many knife seizures were there?"]);
        await AddAsync("SRCH/K2", "Knives surrendered in Quarrybank", ["How many were surrendered?"]);
        var officer = await OfficerAsync();

        var knives = await SearchAsync(officer, "knives quarrybank");
        var knife = await SearchAsync(officer, "knife Quarrybank");

        Assert.Equal(["SRCH/K1", "SRCH/K2"], References(knives).Order(StringComparer.Ordinal));
        Assert.Equal(["SRCH/K1", "SRCH/K2"], References(knife).Order(StringComparer.Ordinal));
        Assert.Contains("Knife", Marked(knives));
    }

    [Fact]
    public async Task FindsByRequesterNameAndEmail()
    {
        await AddAsync("SRCH/R1", "Road closures", ["Which roads?"], name: "Ottoline Vandermeer", email: "o.vandermeer@mailbox.example");
        var officer = await OfficerAsync();

        Assert.Equal(["SRCH/R1"], References(await SearchAsync(officer, "Vandermeer")));
        Assert.Equal(["SRCH/R1"], References(await SearchAsync(officer, "ottoline vandermeer")));
        Assert.Equal(["SRCH/R1"], References(await SearchAsync(officer, "o.vandermeer@mailbox.example")));
        Assert.Empty(References(await SearchAsync(officer, "o.vandermeer@elsewhere.example")));
    }

    [Fact]
    public async Task FindsByReference_WholeOrAWordOfIt()
    {
        await AddAsync("SRCH/REF77", "Staffing levels", ["How many?"]);
        var officer = await OfficerAsync();

        Assert.Equal(["SRCH/REF77"], References(await SearchAsync(officer, "srch/ref77")));
        Assert.Equal(["SRCH/REF77"], References(await SearchAsync(officer, "REF77")));
    }

    [Fact]
    public async Task RanksATitleMatchAboveAQuestionMatch()
    {
        // The question match is newer, so newest-first could not put the title match first.
        await AddAsync("SRCH/RK1", "Axolotl welfare inspections", ["How many inspections?"], received: DateTimeOffset.UtcNow.AddDays(-5));
        await AddAsync("SRCH/RK2", "Inspections", ["Did any inspection concern an axolotl kept at a station?"], received: DateTimeOffset.UtcNow.AddDays(-1));
        var officer = await OfficerAsync();

        var page = await SearchAsync(officer, "axolotl", "&view=open");

        Assert.Equal(["SRCH/RK1", "SRCH/RK2"], References(page));
        Assert.Contains("best match first", page.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepsTheQueuesFiltersAndPaging()
    {
        for (var i = 0; i < 27; i++)
        {
            await AddAsync($"SRCH/P{i:00}", "Ptarmigan counts", [$"Question {i}"], regime: i < 3 ? Regime.Foisa : Regime.Foia);
        }

        var officer = await OfficerAsync();

        var first = await SearchAsync(officer, "ptarmigan");
        var second = await SearchAsync(officer, "ptarmigan", "&page=2");
        var foisa = await SearchAsync(officer, "ptarmigan", "&regime=foisa");

        Assert.Equal(25, References(first).Count);
        Assert.Equal(2, References(second).Count);
        Assert.Empty(References(first).Intersect(References(second)));
        Assert.Contains("q=ptarmigan", second.QuerySelector(".govuk-pagination__prev a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(["SRCH/P00", "SRCH/P01", "SRCH/P02"], References(foisa).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FollowsChangesToTheQuestions()
    {
        var id = await AddAsync("SRCH/CH1", "Fleet", ["How many vehicles?"]);
        var officer = await OfficerAsync();
        Assert.Empty(References(await SearchAsync(officer, "narwhal")));

        // A question added later (as the questions page does through the model) is indexed by the triggers.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO RequestQuestions (RequestId, Number, Text) VALUES ({0}, 2, 'Is any vehicle named narwhal?')", id));

        Assert.Equal(["SRCH/CH1"], References(await SearchAsync(officer, "narwhal")));
    }

    [Fact]
    public async Task Purge_RemovesTheRequesterFromTheIndex()
    {
        const string name = "Philomena Quixley-Searchable";
        var received = new DateTimeOffset(2009, 3, 2, 12, 0, 0, TimeSpan.Zero);
        await AddAsync("SRCH/PURGE", "Drones", ["How many drones?"], name: name, email: "pq.searchable@example.org", received: received,
            act: r => r.Withdraw(received.AddDays(7)));
        var officer = await OfficerAsync();
        Assert.Equal(["SRCH/PURGE"], References(await SearchAsync(officer, "Quixley")));

        var job = new RetentionPurgeJob(factory.Services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(new DateTimeOffset(2012, 3, 10, 1, 0, 0, TimeSpan.Zero)),
            factory.Services.GetRequiredService<IConfiguration>(), NullLogger<RetentionPurgeJob>.Instance);
        Assert.True(await job.PurgeDueAsync(CancellationToken.None) >= 1);

        Assert.Empty(References(await SearchAsync(officer, "Quixley")));
        Assert.Empty(References(await SearchAsync(officer, "pq.searchable@example.org")));
        Assert.Equal(["SRCH/PURGE"], References(await SearchAsync(officer, "drones", "&view=all")).Where(r => r == "SRCH/PURGE"));
        // Not in the index at all, not just not matched: the row holds no name or email.
        var indexed = await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT coalesce(RequesterName, '') || coalesce(RequesterEmail, '') AS Value FROM CaseSearch WHERE rowid = (SELECT Id FROM Requests WHERE Reference = 'SRCH/PURGE')").ToListAsync());
        Assert.Equal([string.Empty], indexed);
        // Nor in the index's storage: the purge merged the index, so no term from the name is left in its vocabulary.
        var terms = await factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("CREATE VIRTUAL TABLE IF NOT EXISTS temp.CaseSearchTerms USING fts5vocab(main, CaseSearch, 'row')");
            return await db.Database.SqlQueryRaw<string>("SELECT term AS Value FROM temp.CaseSearchTerms WHERE term LIKE 'quixl%' OR term LIKE 'philomen%' OR term LIKE 'pq%'").ToListAsync();
        });
        Assert.Empty(terms);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("\" * ( NEAR")]
    [InlineData("zzqx AND OR NOT")]
    public async Task OddInput_FindsNothingAndDoesNotFail(string q)
    {
        var officer = await OfficerAsync();

        var page = await SearchAsync(officer, q);

        Assert.Empty(References(page));
        Assert.Contains("No requests match", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migration_CreatesTheIndexAndItsTriggers()
    {
        var names = await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT name AS Value FROM sqlite_master WHERE name LIKE 'CaseSearch%' AND type IN ('table', 'trigger') ORDER BY name").ToListAsync());

        foreach (var expected in new[] { "CaseSearch", "CaseSearch_QuestionDelete", "CaseSearch_QuestionInsert", "CaseSearch_QuestionUpdate", "CaseSearch_RequestDelete", "CaseSearch_RequestInsert", "CaseSearch_RequestUpdate" })
        {
            Assert.Contains(expected, names);
        }

        // Every request is indexed (the seeded ones by the migration's refill or the insert trigger).
        var (requests, indexed) = await factory.WithDbAsync(async db => (
            await db.Requests.CountAsync(),
            (await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM CaseSearch").ToListAsync())[0]));
        Assert.Equal(requests, indexed);
    }

    [Fact]
    public void Stemmer_AgreesWithSqlitesPorterTokenizer()
    {
        // The oracle is SQLite's own FTS5 porter tokenizer: every word's indexed term, read back through fts5vocab.
        var words = ("grooming groomed grooms knives knife arrested arrests arresting officers officer's custody deaths died dying " +
            "recorded recording records relational conditional rational generalisation generalization oscillators hopeful goodness " +
            "revival allowance inference airliner adjustable defensible irritant replacement adjustment dependent adoption communism " +
            "effective probate rate cease controll roll happy sky caresses ponies ties agreed plastered motoring hopping tanned " +
            "falling hissing fizzed failing filing sized troubled conflated vehicles surveillance firearms licences licensing " +
            "burglaries shoplifting anti social behaviour harassment stalking cameras seizures stopped searches searched " +
            "technological analogous fearlessness electrical formality sensitivity criticism decisiveness")
            .Split(' ');
        using var sqlite = new SqliteConnection("Data Source=:memory:");
        sqlite.Open();
        using (var create = sqlite.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter ascii'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');";
            create.ExecuteNonQuery();
        }

        for (var i = 0; i < words.Length; i++)
        {
            using var insert = sqlite.CreateCommand();
            insert.CommandText = "INSERT INTO t(rowid, x) VALUES ($id, $word)";
            insert.Parameters.AddWithValue("$id", i + 1);
            insert.Parameters.AddWithValue("$word", words[i].Replace("'", " ", StringComparison.Ordinal).Split(' ')[0]);
            insert.ExecuteNonQuery();
        }

        var stems = new Dictionary<long, string>();
        using (var read = sqlite.CreateCommand())
        {
            read.CommandText = "SELECT doc, term FROM v";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                stems[reader.GetInt64(0)] = reader.GetString(1);
            }
        }

        var disagreements = words.Select((w, i) => (Word: w.Replace("'", " ", StringComparison.Ordinal).Split(' ')[0], Sqlite: stems[i + 1]))
            .Where(p => PorterStemmer.Stem(p.Word) != p.Sqlite)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Word}: ours {PorterStemmer.Stem(p.Word)}, SQLite {p.Sqlite}"))
            .ToList();
        Assert.Empty(disagreements);
    }
}
