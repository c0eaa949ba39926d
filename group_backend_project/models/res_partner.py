# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.tools import SQL

from odoo.addons.group_backend.models.res_partner_coworkers import flushed

# What _backend_coworker_sql reads: the followers of projects and tasks, the managers and
# projects' state, the tasks' project and state, the assignees, the followers' state.
TRIGGERS = SQL(
    """
    DROP TRIGGER IF EXISTS group_backend_project_followed ON mail_followers;
    CREATE TRIGGER group_backend_project_followed AFTER INSERT ON mail_followers
       FOR EACH ROW WHEN (NEW.res_model IN ('project.project', 'project.task'))
   EXECUTE FUNCTION group_backend_people_changed();
    DROP TRIGGER IF EXISTS group_backend_project_unfollowed ON mail_followers;
    CREATE TRIGGER group_backend_project_unfollowed AFTER DELETE ON mail_followers
       FOR EACH ROW WHEN (OLD.res_model IN ('project.project', 'project.task'))
   EXECUTE FUNCTION group_backend_people_changed();
    DROP TRIGGER IF EXISTS group_backend_project_refollowed ON mail_followers;
    CREATE TRIGGER group_backend_project_refollowed AFTER UPDATE ON mail_followers
       FOR EACH ROW WHEN (OLD.res_model IN ('project.project', 'project.task')
                 OR NEW.res_model IN ('project.project', 'project.task'))
   EXECUTE FUNCTION group_backend_people_changed();
    DROP TRIGGER IF EXISTS group_backend_project_changed ON project_project;
    CREATE TRIGGER group_backend_project_changed
     AFTER DELETE OR UPDATE OF active, user_id ON project_project
       FOR EACH STATEMENT EXECUTE FUNCTION group_backend_people_changed();
    DROP TRIGGER IF EXISTS group_backend_project_changed ON project_task;
    CREATE TRIGGER group_backend_project_changed
     AFTER DELETE OR UPDATE OF active, project_id ON project_task
       FOR EACH STATEMENT EXECUTE FUNCTION group_backend_people_changed();
    DROP TRIGGER IF EXISTS group_backend_project_changed ON project_task_user_rel;
    CREATE TRIGGER group_backend_project_changed
     AFTER INSERT OR DELETE OR UPDATE OF task_id, user_id ON project_task_user_rel
       FOR EACH STATEMENT EXECUTE FUNCTION group_backend_people_changed();
    DROP TRIGGER IF EXISTS group_backend_project_changed ON res_partner;
    CREATE TRIGGER group_backend_project_changed AFTER UPDATE OF active ON res_partner
       FOR EACH STATEMENT EXECUTE FUNCTION group_backend_people_changed();
    DROP TRIGGER IF EXISTS group_backend_project_changed ON res_users;
    CREATE TRIGGER group_backend_project_changed AFTER UPDATE OF partner_id ON res_users
       FOR EACH STATEMENT EXECUTE FUNCTION group_backend_people_changed();
    """
)


class ResPartner(models.Model):
    _inherit = "res.partner"

    def init(self):
        """Note the transactions that change who works on the projects (see _backend_coworker_sql
        and group_backend's res_partner_coworkers.py)."""
        res = super().init()
        self.env.cr.execute(TRIGGERS)
        return res

    @api.model
    def _backend_coworker_sql(self):
        """Add the people of the projects the user follows: their followers and managers, the
        followers and assignees of their tasks.

        Archived projects, tasks and followers count when the context's
        active_test is False, as they do when the ORM reads them.
        """
        active = self.env.context.get("active_test", True)
        project, task = self.env["project.project"], self.env["project.task"]
        users, followers = self.env["res.users"], self.env["mail.followers"]
        following = ("res_model", "res_id", "partner_id")
        projects = SQL(
            """SELECT project.id FROM project_project project
                 JOIN mail_followers mine ON mine.res_model = 'project.project'
                                         AND mine.res_id = project.id
                WHERE mine.partner_id = %s%s""",
            self.env.user.partner_id.id,
            SQL(" AND project.active") if active else SQL(),
        )
        projects = flushed(flushed(projects, project, "active"), followers, *following)
        # followers are read as the partners of a many2many field: archived ones left out
        followers_active = SQL(
            " JOIN res_partner person ON person.id = follower.partner_id AND person.active"
        )
        followers_active = flushed(followers_active, self, "active") if active else SQL()
        tasks = flushed(SQL(" AND task.active") if active else SQL(), task, "project_id", "active")
        return [
            *super()._backend_coworker_sql(),
            SQL(
                """SELECT follower.partner_id FROM mail_followers follower%s
                    WHERE follower.res_model = 'project.project' AND follower.res_id IN (%s)""",
                followers_active,
                projects,
            ),
            flushed(
                SQL(
                    """SELECT manager.partner_id FROM project_project project
                         JOIN res_users manager ON manager.id = project.user_id
                        WHERE project.id IN (%s)""",
                    flushed(projects, project, "user_id"),
                ),
                users,
                "partner_id",
            ),
            SQL(
                """SELECT follower.partner_id FROM mail_followers follower
                     JOIN project_task task ON task.id = follower.res_id%s
                    WHERE follower.res_model = 'project.task' AND task.project_id IN (%s)%s""",
                followers_active,
                projects,
                tasks,
            ),
            flushed(
                SQL(
                    """SELECT assignee.partner_id FROM project_task_user_rel assigned
                         JOIN res_users assignee ON assignee.id = assigned.user_id
                         JOIN project_task task ON task.id = assigned.task_id
                        WHERE task.project_id IN (%s)%s""",
                    projects,
                    flushed(tasks, task, "user_ids"),
                ),
                users,
                "partner_id",
            ),
        ]
