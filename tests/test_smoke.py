from star_desktop.team import service as team_service


def test_fresh_team_file_has_team_and_parties(team_file):
    with team_file.session() as s:
        assert team_service.get_team(s).name == "Bräcke STAR"
        assert len(team_service.parties(s)) == 9
