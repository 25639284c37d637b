using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FoiPortal.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Regime = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ExemptionKeys = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RequestText = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: false),
                    ResponseText = table.Column<string>(type: "nvarchar(max)", maxLength: 100000, nullable: false),
                    ReasonText = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: true),
                    FoiRequestId = table.Column<int>(type: "int", nullable: true),
                    State = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SearchFacets = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FileName = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Sha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    EntryId = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    EntryId = table.Column<int>(type: "int", nullable: false)
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

            // Full-text search (docs/disclosure-log.md). Full-text DDL cannot run inside a transaction, hence
            // suppressTransaction; EXEC keeps each statement valid inside the IF blocks of the idempotent script.
            // No stop list: "not held" must find entries with "not" in them. British English word breaking.
            migrationBuilder.Sql(
                "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'FoiPortalCatalog') EXEC(N'CREATE FULLTEXT CATALOG FoiPortalCatalog');",
                suppressTransaction: true);
            migrationBuilder.Sql(
                "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'DisclosureLogEntries')) " +
                "EXEC(N'CREATE FULLTEXT INDEX ON DisclosureLogEntries (Title LANGUAGE 2057, Reference LANGUAGE 2057, RequestText LANGUAGE 2057, " +
                "ResponseText LANGUAGE 2057, ReasonText LANGUAGE 2057) KEY INDEX PK_DisclosureLogEntries ON FoiPortalCatalog " +
                "WITH (CHANGE_TRACKING = AUTO, STOPLIST = OFF)');",
                suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'DisclosureLogEntries')) EXEC(N'DROP FULLTEXT INDEX ON DisclosureLogEntries');",
                suppressTransaction: true);
            migrationBuilder.Sql(
                "IF EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'FoiPortalCatalog') EXEC(N'DROP FULLTEXT CATALOG FoiPortalCatalog');",
                suppressTransaction: true);

            migrationBuilder.DropTable(
                name: "DisclosureLogAttachments");

            migrationBuilder.DropTable(
                name: "DisclosureLogEvents");

            migrationBuilder.DropTable(
                name: "DisclosureLogEntries");
        }
    }
}
