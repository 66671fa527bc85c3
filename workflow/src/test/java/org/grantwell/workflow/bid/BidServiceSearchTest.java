package org.grantwell.workflow.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.workflow.bid.BidFixture.BIDDER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.grantwell.db.bid.BidRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

/** A page number from a client never overflows into a negative offset (which the database refuses). */
class BidServiceSearchTest {

  @Mock private BidRepository bids;
  @InjectMocks private BidService service;

  private AutoCloseable mocks;

  @BeforeEach
  void setUp() {
    mocks = MockitoAnnotations.openMocks(this);
    when(bids.search(any(), anyInt(), anyInt())).thenReturn(List.of());
  }

  @AfterEach
  void tearDown() throws Exception {
    mocks.close();
  }

  @Test
  void shouldKeepTheOffsetPositiveWhenThePageNumberIsHuge() {
    service.search(BIDDER, null, null, null, Integer.MAX_VALUE, 100);

    ArgumentCaptor<Integer> first = ArgumentCaptor.forClass(Integer.class);
    verify(bids).search(any(), first.capture(), anyInt());
    assertThat(first.getValue()).isNotNegative();
  }

  @Test
  void shouldStartAtTheFirstRowWhenThePageNumberIsNegative() {
    service.search(BIDDER, null, null, null, -5, 20);

    verify(bids).search(any(), org.mockito.ArgumentMatchers.eq(0), org.mockito.ArgumentMatchers.eq(20));
  }
}
