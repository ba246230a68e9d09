using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewPrep.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddStoryBank : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uid = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Situation = table.Column<string>(type: "TEXT", nullable: false),
                    Task = table.Column<string>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    Result = table.Column<string>(type: "TEXT", nullable: false),
                    Reflection = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Principles = table.Column<string>(type: "TEXT", nullable: false),
                    Questions = table.Column<string>(type: "TEXT", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stories_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoryDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    StoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    BaseVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoryDrafts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StoryDrafts_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoryRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoryRevisions_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Stories_UserId_Uid",
                table: "Stories",
                columns: new[] { "UserId", "Uid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stories_UserId_UpdatedAt",
                table: "Stories",
                columns: new[] { "UserId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StoryDrafts_StoryId",
                table: "StoryDrafts",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_StoryDrafts_UserId_StoryId",
                table: "StoryDrafts",
                columns: new[] { "UserId", "StoryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoryRevisions_StoryId_SavedAt",
                table: "StoryRevisions",
                columns: new[] { "StoryId", "SavedAt" });

            // Full-text search over a user's stories: an FTS5 index kept in step with Stories by triggers.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE StoriesFts USING fts5(
                    Title, Situation, Task, Action, Result, Reflection, Tags,
                    content='Stories', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Stories_FtsInsert AFTER INSERT ON Stories BEGIN
                    INSERT INTO StoriesFts(rowid, Title, Situation, Task, Action, Result, Reflection, Tags)
                    VALUES (new.Id, new.Title, new.Situation, new.Task, new.Action, new.Result, new.Reflection, new.Tags);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Stories_FtsDelete AFTER DELETE ON Stories BEGIN
                    INSERT INTO StoriesFts(StoriesFts, rowid, Title, Situation, Task, Action, Result, Reflection, Tags)
                    VALUES ('delete', old.Id, old.Title, old.Situation, old.Task, old.Action, old.Result, old.Reflection, old.Tags);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Stories_FtsUpdate AFTER UPDATE ON Stories BEGIN
                    INSERT INTO StoriesFts(StoriesFts, rowid, Title, Situation, Task, Action, Result, Reflection, Tags)
                    VALUES ('delete', old.Id, old.Title, old.Situation, old.Task, old.Action, old.Result, old.Reflection, old.Tags);
                    INSERT INTO StoriesFts(rowid, Title, Situation, Task, Action, Result, Reflection, Tags)
                    VALUES (new.Id, new.Title, new.Situation, new.Task, new.Action, new.Result, new.Reflection, new.Tags);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Stories_FtsUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Stories_FtsDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Stories_FtsInsert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS StoriesFts;");

            migrationBuilder.DropTable(
                name: "StoryDrafts");

            migrationBuilder.DropTable(
                name: "StoryRevisions");

            migrationBuilder.DropTable(
                name: "Stories");
        }
    }
}
