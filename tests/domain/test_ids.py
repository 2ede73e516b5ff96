from desktop.domain.ids import id_time_ms, new_id


def test_ids_sort_by_time_and_carry_it():
    a, b = new_id(1_700_000_000_000), new_id(1_700_000_000_001)
    assert len(a) == 26 and a < b
    assert id_time_ms(a) == 1_700_000_000_000


def test_ids_made_in_the_same_millisecond_differ():
    assert len({new_id(5) for _ in range(10_000)}) == 10_000
