using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CaseSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Raw SQL only, no model change (issue 18, docs/adr/020). The staff case search: full-text indexes on the
            // requests (reference, title, requester name and email) and their questions, in the catalog the
            // DisclosureLog migration created. As there: outside a transaction, as full-text DDL requires; EXEC keeps
            // each statement valid inside the IF of the idempotent script; British English; no stop list.
            migrationBuilder.Sql(
                "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'FoiPortalCatalog') EXEC(N'CREATE FULLTEXT CATALOG FoiPortalCatalog');",
                suppressTransaction: true);
            migrationBuilder.Sql(
                "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'Requests')) " +
                "EXEC(N'CREATE FULLTEXT INDEX ON Requests (Reference LANGUAGE 2057, Title LANGUAGE 2057, RequesterName LANGUAGE 2057, " +
                "RequesterEmail LANGUAGE 2057) KEY INDEX PK_Requests ON FoiPortalCatalog WITH (CHANGE_TRACKING = AUTO, STOPLIST = OFF)');",
                suppressTransaction: true);
            migrationBuilder.Sql(
                "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'RequestQuestions')) " +
                "EXEC(N'CREATE FULLTEXT INDEX ON RequestQuestions (Text LANGUAGE 2057) KEY INDEX PK_RequestQuestions ON FoiPortalCatalog " +
                "WITH (CHANGE_TRACKING = AUTO, STOPLIST = OFF)');",
                suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'RequestQuestions')) EXEC(N'DROP FULLTEXT INDEX ON RequestQuestions');",
                suppressTransaction: true);
            migrationBuilder.Sql(
                "IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'Requests')) EXEC(N'DROP FULLTEXT INDEX ON Requests');",
                suppressTransaction: true);
        }
    }
}
