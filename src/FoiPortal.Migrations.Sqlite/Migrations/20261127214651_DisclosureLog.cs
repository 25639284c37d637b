using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DisclosureLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DisclosureLogEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ExemptionKeys = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequestText = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    ResponseText = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    ReasonText = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    FoiRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    SearchFacets = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureLogEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureLogEntries_Requests_FoiRequestId",
                        column: x => x.FoiRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureLogAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureLogAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureLogAttachments_DisclosureLogEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "DisclosureLogEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureLogEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureLogEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureLogEvents_DisclosureLogEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "DisclosureLogEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureLogAttachments_EntryId_FileName",
                table: "DisclosureLogAttachments",
                columns: new[] { "EntryId", "FileName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureLogEntries_FoiRequestId",
                table: "DisclosureLogEntries",
                column: "FoiRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureLogEntries_Slug",
                table: "DisclosureLogEntries",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureLogEntries_State_Outcome_RespondedOn",
                table: "DisclosureLogEntries",
                columns: new[] { "State", "Outcome", "RespondedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureLogEntries_State_PublishedAtUtc",
                table: "DisclosureLogEntries",
                columns: new[] { "State", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureLogEntries_State_RespondedOn_Id",
                table: "DisclosureLogEntries",
                columns: new[] { "State", "RespondedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureLogEntries_State_Topic_RespondedOn",
                table: "DisclosureLogEntries",
                columns: new[] { "State", "Topic", "RespondedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureLogEvents_EntryId",
                table: "DisclosureLogEvents",
                column: "EntryId");

            // Full-text search (docs/disclosure-log.md): a contentless FTS5 table holding the published entries only,
            // kept in step by triggers. Facets holds the filter values as tokens (SearchFacets), so filters narrow the
            // match before ranking. Rank is bm25 with the title weighted highest and the facets not at all.
            // A later migration that rebuilds DisclosureLogEntries (SQLite's way to alter a column) drops these
            // triggers with the old table: it must create them again (DisclosureLogSearchSql.CreateTriggers).
            migrationBuilder.Sql(DisclosureLogSearchSql.CreateTable);
            migrationBuilder.Sql(DisclosureLogSearchSql.ConfigureRank);
            foreach (var trigger in DisclosureLogSearchSql.CreateTriggers)
            {
                migrationBuilder.Sql(trigger);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var drop in DisclosureLogSearchSql.Drop)
            {
                migrationBuilder.Sql(drop);
            }

            migrationBuilder.DropTable(
                name: "DisclosureLogAttachments");

            migrationBuilder.DropTable(
                name: "DisclosureLogEvents");

            migrationBuilder.DropTable(
                name: "DisclosureLogEntries");
        }
    }
}
