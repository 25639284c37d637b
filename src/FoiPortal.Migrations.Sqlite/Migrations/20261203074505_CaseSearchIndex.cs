using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Raw SQL only, no model change (issue 18, docs/adr/020), so the model migrations can be squashed without it.
            // 1. The disclosure log's index made anew with the porter tokenizer ("grooming" finds "groomed"), its
            //    triggers again, and every published entry indexed again.
            foreach (var drop in DisclosureLogSearchSql.Drop)
            {
                migrationBuilder.Sql(drop);
            }

            migrationBuilder.Sql(DisclosureLogSearchSql.CreatePorterTable);
            migrationBuilder.Sql(DisclosureLogSearchSql.ConfigureRank);
            foreach (var trigger in DisclosureLogSearchSql.CreateTriggers)
            {
                migrationBuilder.Sql(trigger);
            }

            migrationBuilder.Sql(DisclosureLogSearchSql.Refill);

            // 2. The staff case search: one row per request, kept in step by triggers on Requests and RequestQuestions.
            migrationBuilder.Sql(CaseSearchSql.CreateTable);
            migrationBuilder.Sql(CaseSearchSql.ConfigureRank);
            foreach (var trigger in CaseSearchSql.CreateTriggers)
            {
                migrationBuilder.Sql(trigger);
            }

            migrationBuilder.Sql(CaseSearchSql.Refill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var drop in CaseSearchSql.Drop)
            {
                migrationBuilder.Sql(drop);
            }

            foreach (var drop in DisclosureLogSearchSql.Drop)
            {
                migrationBuilder.Sql(drop);
            }

            migrationBuilder.Sql(DisclosureLogSearchSql.CreateTable);
            migrationBuilder.Sql(DisclosureLogSearchSql.ConfigureRank);
            foreach (var trigger in DisclosureLogSearchSql.CreateTriggers)
            {
                migrationBuilder.Sql(trigger);
            }

            migrationBuilder.Sql(DisclosureLogSearchSql.Refill);
        }
    }
}
